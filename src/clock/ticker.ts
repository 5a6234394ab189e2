import type { ClockStore } from './clockStore';

/**
 * The longest real step one frame may take, ms. A slow renderer (software WebGL at 1920x1080
 * takes ~700 ms a frame) still moves the clock by the real time that passed, so the lead-in to an
 * event keeps real time; only a gap longer than this (a stalled or suspended page) is cut short.
 * It stays under smart rate's 4 s time constant, so a smart-rate step never jumps past an event.
 */
export const MAX_STEP_MS = 3000;

/**
 * Drives a playing clock from requestAnimationFrame. It runs only while playing, so a paused
 * replay costs nothing, and it lives outside React and three so the timeline works without WebGL.
 */
export function startTicker(clock: ClockStore): () => void {
  let raf = 0;
  let last = 0;
  const frame = (now: number) => {
    // The first frame's timestamp is when that frame began, which can be before play() (or the
    // tab's return) read the time: never step backwards (on a slow renderer the clock went back a
    // frame's length, ~0.1 s, on play).
    clock.getState().tick(Math.max(0, Math.min(MAX_STEP_MS, now - last)));
    last = now;
    raf = clock.getState().playing ? requestAnimationFrame(frame) : 0;
  };
  const start = () => {
    if (raf) return;
    last = performance.now();
    raf = requestAnimationFrame(frame);
  };
  // A hidden tab gets no frames; when it comes back the clock goes on from there rather than
  // jumping by the time it was away.
  const onVisibility = () => {
    if (document.visibilityState === 'visible') last = performance.now();
  };
  const watchesVisibility = typeof document !== 'undefined';
  if (watchesVisibility) document.addEventListener('visibilitychange', onVisibility);
  const unsubscribe = clock.subscribe((s, prev) => {
    if (s.playing && !prev.playing) start();
  });
  if (clock.getState().playing) start();
  return () => {
    unsubscribe();
    if (watchesVisibility) document.removeEventListener('visibilitychange', onVisibility);
    cancelAnimationFrame(raf);
    raf = 0;
  };
}
