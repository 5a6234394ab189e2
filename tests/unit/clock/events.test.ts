import { describe, expect, it } from 'vitest';
import {
  lastAndNextEvent,
  nextEvent,
  previousEvent,
  type ClockEvent,
} from '../../../src/clock/events';

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

describe('the event the replay is at, and the next', () => {
  it('counts an event half a second ahead as reached, and the next as the one after', () => {
    const evs = [at('a', 10_000), at('b', 20_000)];
    expect(lastAndNextEvent(evs, 5_000)).toEqual({ last: null, next: evs[0] });
    expect(lastAndNextEvent(evs, 9_400)).toEqual({ last: null, next: evs[0] });
    expect(lastAndNextEvent(evs, 9_600)).toEqual({ last: evs[0], next: evs[1] });
    expect(lastAndNextEvent(evs, 15_000)).toEqual({ last: evs[0], next: evs[1] });
    expect(lastAndNextEvent(evs, 25_000)).toEqual({ last: evs[1], next: null });
  });
});
