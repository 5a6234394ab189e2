import { describe, expect, it } from 'vitest';
import { nextEvent, previousEvent, type ClockEvent } from '../../../src/clock/events';

const at = (type: string, utcMs: number): ClockEvent => ({
  type,
  utcMs,
  modelledMs: utcMs,
  reported: null,
});
const events = [at('burn', 1_000_000), at('separation', 2_000_000), at('touchdown', 3_000_000)];
const sep = events[1]!;

describe('stepping through the clock events', () => {
  it('steps to the next and previous event, moving on from one it sits on', () => {
    expect(nextEvent(events, sep.utcMs - 60_000)).toBe(sep);
    expect(nextEvent(events, sep.utcMs)!.type).toBe('touchdown');
    expect(previousEvent(events, sep.utcMs + 60_000)).toBe(sep);
    expect(previousEvent(events, sep.utcMs)!.type).toBe('burn');
    expect(nextEvent(events, events[2]!.utcMs)).toBeNull();
    expect(previousEvent(events, events[0]!.utcMs)).toBeNull();
  });

  it('counts an event within half a second as the one it sits on', () => {
    expect(nextEvent(events, sep.utcMs - 400)!.type).toBe('touchdown');
    expect(nextEvent(events, sep.utcMs - 600)).toBe(sep);
    expect(previousEvent(events, sep.utcMs + 400)!.type).toBe('burn');
  });

  it('has nothing to step to in an empty list', () => {
    expect(nextEvent([], 0)).toBeNull();
    expect(previousEvent([], 0)).toBeNull();
  });
});
