import { describe, expect, it } from 'vitest';
import { stepRate } from '../../../src/clock/rates';
import { TEST_RANGE as range, testClock as make } from './testClock';

describe('clock store', () => {
  it('does not move while paused', () => {
    const c = make();
    c.getState().tick(1000);
    expect(c.getState().utcMs).toBe(1_500_000);
  });

  it('waits for the scene (canAnimate) before a playing clock moves', () => {
    const c = make({ rate: 60, playing: true, canAnimate: false });
    c.getState().tick(100);
    expect(c.getState().utcMs).toBe(1_500_000);
    c.getState().setCanAnimate(true);
    c.getState().tick(100);
    expect(c.getState().utcMs).toBe(1_506_000);
  });

  it('advances by real time times the rate while playing', () => {
    const c = make({ rate: 60 });
    c.getState().play();
    c.getState().tick(100);
    expect(c.getState().utcMs).toBe(1_506_000);
  });

  it('runs backwards at a negative rate', () => {
    const c = make({ rate: -10 });
    c.getState().play();
    c.getState().tick(1000);
    expect(c.getState().utcMs).toBe(1_490_000);
  });

  it('clamps at the end of the range and stops playing', () => {
    const c = make({ rate: 3600 });
    c.getState().play();
    c.getState().tick(1000);
    expect(c.getState().utcMs).toBe(range.endMs);
    expect(c.getState().playing).toBe(false);
    // play again at the end restarts from the beginning
    c.getState().play();
    expect(c.getState().utcMs).toBe(range.startMs);
  });

  it('clamps at the start when reversing', () => {
    const c = make({ rate: -3600 });
    c.getState().play();
    c.getState().tick(1000);
    expect(c.getState().utcMs).toBe(range.startMs);
    expect(c.getState().playing).toBe(false);
  });

  it('scrubs anywhere in the range, clamped, and ignores NaN', () => {
    const c = make();
    c.getState().seek(1_234_567);
    expect(c.getState().utcMs).toBe(1_234_567);
    c.getState().seek(5);
    expect(c.getState().utcMs).toBe(range.startMs);
    c.getState().seek(NaN);
    expect(c.getState().utcMs).toBe(range.startMs);
    c.getState().step(-1);
    expect(c.getState().utcMs).toBe(range.startMs);
    c.getState().step(10_000);
    expect(c.getState().utcMs).toBe(range.startMs + 10_000);
  });

  it('refuses rates beyond ±3600 and NaN', () => {
    const c = make();
    c.getState().setRate(7200);
    c.getState().setRate(NaN);
    expect(c.getState().rate).toBe(1);
    c.getState().setRate(-600);
    expect(c.getState().rate).toBe(-600);
  });

  it('toggles play', () => {
    const c = make();
    c.getState().togglePlay();
    expect(c.getState().playing).toBe(true);
    c.getState().togglePlay();
    expect(c.getState().playing).toBe(false);
  });

  it('steps through the offered rates', () => {
    expect(stepRate(1, 1)).toBe(10);
    expect(stepRate(1, -1)).toBe(-1);
    expect(stepRate(3600, 1)).toBe(3600);
    expect(stepRate(-3600, -1)).toBe(-3600);
    expect(stepRate(30, 1)).toBe(60);
    expect(stepRate(30, -1)).toBe(10);
  });
});
