import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '../../../src/clock/events';
import { smartRate } from '../../../src/clock/smartRate';
import {
  defaultSpan,
  frameDurationUs,
  frameSchedule,
  frameTimestampUs,
} from '../../../src/export/frameSchedule';

const at = (type: string, utcMs: number): ClockEvent => ({
  type,
  utcMs,
  modelledMs: utcMs,
  reported: null,
});

const MIN = 60_000;
const events = [
  at('undocking', 0),
  at('deorbit_burn_start', 120 * MIN),
  at('module_separation', 150 * MIN),
  at('touchdown', 175 * MIN),
];
const range = { startMs: -15 * MIN, endMs: 205 * MIN };

describe('defaultSpan', () => {
  it('runs from a little before the deorbit burn to a little after touchdown, in smart rate', () => {
    const span = defaultSpan(events, range);
    expect(span.rate).toBe('smart');
    expect(span.fromMs).toBeLessThan(120 * MIN);
    expect(span.fromMs).toBeGreaterThan(119 * MIN);
    expect(span.toMs).toBeGreaterThan(175 * MIN);
    expect(span.toMs).toBeLessThan(176 * MIN);
  });

  it('is the whole range for a replay with no descent (a launch)', () => {
    const launch = [at('launch', 0), at('docking', 200 * MIN)];
    expect(defaultSpan(launch, range)).toEqual({
      fromMs: range.startMs,
      toMs: range.endMs,
      rate: 'smart',
    });
  });
});

describe('frameSchedule at a fixed rate', () => {
  it('gives 3 s at 30 fps as exactly 90 frames, 1/30 s of clock apart', () => {
    const s = frameSchedule({ fromMs: 1000, toMs: 4000, rate: 1 }, events, 30);
    expect(s.frames).toBe(90);
    expect(s.durationS).toBe(3);
    expect(s.clockMs(0)).toBe(1000);
    expect(s.clockMs(30)).toBeCloseTo(2000, 9);
    expect(s.clockMs(89)).toBeLessThan(4000);
  });

  it('plays 10 min at 60× in 10 s of video, 600 frames at 60 fps', () => {
    const s = frameSchedule({ fromMs: 0, toMs: 10 * MIN, rate: 60 }, events, 60);
    expect(s.frames).toBe(600);
    expect(s.durationS).toBe(10);
    expect(s.clockMs(60)).toBeCloseTo(60_000, 6);
  });
});

describe('frameSchedule in smart rate', () => {
  const span = defaultSpan(events, range);
  const s = frameSchedule(span, events, 30);

  it('steps the clock as the ticker would: 1/fps of real time at the smart rate of each frame', () => {
    for (const i of [0, 1, 100, s.frames - 2]) {
      const step = s.clockMs(i + 1) - s.clockMs(i);
      expect(step).toBeCloseTo((1000 / 30) * smartRate(events, s.clockMs(i)), 6);
    }
  });

  it('covers the span: starts at its start, ends within one step of its end', () => {
    expect(s.clockMs(0)).toBe(span.fromMs);
    const last = s.clockMs(s.frames - 1);
    expect(last).toBeLessThan(span.toMs);
    expect(last + (1000 / 30) * smartRate(events, last)).toBeGreaterThanOrEqual(span.toMs);
  });

  it('passes each event in real time, and the long coast in seconds', () => {
    // 55 minutes of clock in a few minutes of video.
    expect(s.durationS).toBeGreaterThan(30);
    expect(s.durationS).toBeLessThan(5 * 60);
    expect(s.durationS).toBe(s.frames / 30);
    // A frame next to module separation moves the clock by one frame of real time.
    const i = [...Array(s.frames).keys()].find((k) => s.clockMs(k) >= 150 * MIN)!;
    expect(s.clockMs(i + 1) - s.clockMs(i)).toBeLessThan(40);
  });

  it('is monotonic', () => {
    for (let i = 1; i < s.frames; i++) expect(s.clockMs(i)).toBeGreaterThan(s.clockMs(i - 1));
  });
});

describe('frame timestamps', () => {
  it('are whole microseconds that never drift from i / fps', () => {
    expect(frameTimestampUs(0, 30)).toBe(0);
    expect(frameTimestampUs(1, 30)).toBe(33_333);
    expect(frameTimestampUs(90, 30)).toBe(3_000_000);
    let sum = 0;
    for (let i = 0; i < 90; i++) sum += frameDurationUs(i, 30);
    expect(sum).toBe(3_000_000);
  });
});
