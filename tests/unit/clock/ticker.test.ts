import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTicker } from '../../../src/clock/ticker';
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
});
