import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_STEP_MS, startTicker } from '../../../src/clock/ticker';
import { testClock } from './testClock';

/** requestAnimationFrame that runs only when the test says, with the timestamp it gives. */
function manualFrames() {
  let pending: FrameRequestCallback | null = null;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending = cb;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => (pending = null));
  return (timestamp: number) => {
    const cb = pending;
    pending = null;
    cb?.(timestamp);
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ticker', () => {
  it('moves a playing clock by the time between frames', () => {
    const frame = manualFrames();
    vi.spyOn(performance, 'now').mockReturnValue(10_000);
    const clock = testClock({ playing: true });
    const stop = startTicker(clock);
    frame(10_100);
    frame(10_150);
    expect(clock.getState().utcMs).toBe(1_500_150);
    stop();
  });

  it('never steps backwards when the first frame began before play was pressed', () => {
    const frame = manualFrames();
    const clock = testClock();
    const stop = startTicker(clock);
    vi.spyOn(performance, 'now').mockReturnValue(10_000);
    clock.getState().play();
    // The frame that runs next started 122 ms before play() read the time.
    frame(9_878);
    expect(clock.getState().utcMs).toBe(1_500_000);
    frame(9_978);
    expect(clock.getState().utcMs).toBe(1_500_100);
    stop();
  });

  it('keeps real time on a slow renderer: a 700 ms frame moves the clock 700 ms', () => {
    const frame = manualFrames();
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const clock = testClock({ playing: true });
    const stop = startTicker(clock);
    // Software WebGL at 1920x1080: 15 s of lead-in in 22 frames of ~700 ms.
    for (let i = 1; i <= 22; i++) frame(i * 700);
    expect(clock.getState().utcMs).toBe(1_500_000 + 22 * 700);
    stop();
  });

  it('cuts a stall short, and restarts the count when a hidden tab comes back', () => {
    const frame = manualFrames();
    const listeners = new Map<string, () => void>();
    const doc = {
      visibilityState: 'visible',
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    vi.stubGlobal('document', doc);
    const now = vi.spyOn(performance, 'now').mockReturnValue(0);
    const clock = testClock({ playing: true });
    const stop = startTicker(clock);
    frame(60_000);
    expect(clock.getState().utcMs).toBe(1_500_000 + MAX_STEP_MS);
    // Hidden for ten minutes: no frames; back, it goes on from the return, not by the time away.
    doc.visibilityState = 'hidden';
    listeners.get('visibilitychange')!();
    doc.visibilityState = 'visible';
    now.mockReturnValue(660_000);
    listeners.get('visibilitychange')!();
    frame(660_016);
    expect(clock.getState().utcMs).toBe(1_500_000 + MAX_STEP_MS + 16);
    stop();
    expect(listeners.size).toBe(0);
  });
});
