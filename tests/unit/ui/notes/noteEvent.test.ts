import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '../../../../src/clock/events';
import { noteEvent } from '../../../../src/ui/notes/noteEvent';

const ev = (type: string, utcMs: number): ClockEvent => ({
  type,
  utcMs,
  modelledMs: utcMs,
  reported: null,
});
const MIN = 60_000;
const events = [ev('deorbit_burn_start', 10 * MIN), ev('deorbit_burn_end', 20 * MIN)];

describe('which event the notes are about', () => {
  it('the event the caption shows, while it shows', () => {
    expect(noteEvent(events, 10 * MIN)).toBe(events[0]);
    expect(noteEvent(events, 12 * MIN)).toBe(events[0]);
  });

  it('between events, the next one; after the last, none', () => {
    expect(noteEvent(events, 0)).toBe(events[0]);
    expect(noteEvent(events, 15 * MIN)).toBe(events[1]);
    expect(noteEvent(events, 40 * MIN)).toBeNull();
  });
});
