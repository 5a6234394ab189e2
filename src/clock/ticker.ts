import type { ClockStore } from './clockStore';

/**
 * Drives a playing clock from requestAnimationFrame. It runs only while playing, so a paused
 * replay costs nothing, and it lives outside React and three so the timeline works without WebGL.
 */
export function startTicker(clock: ClockStore): () => void {
  let raf = 0;
  let last = 0;
  const frame = (now: number) => {
    // Cap a step at 250 ms: after a background tab wakes, jump a little, not an hour. The first
    // frame's timestamp is when that frame began, which can be before play() read the time: never
    // step backwards (on a slow renderer the clock went back a frame's length, ~0.1 s, on play).
    clock.getState().tick(Math.max(0, Math.min(250, now - last)));
    last = now;
    raf = clock.getState().playing ? requestAnimationFrame(frame) : 0;
  };
  const start = () => {
    if (raf) return;
    last = performance.now();
    raf = requestAnimationFrame(frame);
  };
  const unsubscribe = clock.subscribe((s, prev) => {
    if (s.playing && !prev.playing) start();
  });
  if (clock.getState().playing) start();
  return () => {
    unsubscribe();
    cancelAnimationFrame(raf);
    raf = 0;
  };
}
