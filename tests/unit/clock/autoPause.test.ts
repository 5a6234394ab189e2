import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '../../../src/clock/events';
import { testClock } from './testClock';

const ev = (type: string, utcMs: number): ClockEvent => ({
  type,
  utcMs,
  modelledMs: utcMs,
  reported: null,
});
// Spaced like MS-19's last two: the soft-landing engines fire 184 ms before touchdown.
const events = [ev('a', 1_510_000), ev('engines', 1_600_000), ev('touchdown', 1_600_184)];

describe('auto-pause', () => {
  it('stops exactly at the event, whatever the frame length and rate', () => {
    for (const [dt, rate] of [
      [16, 1],
      [700, 1],
      [700, 3600],
      [3000, 600],
    ] as const) {
      const c = testClock({ events, rate, playing: true, autoPause: true });
      for (let i = 0; i < 1000 && c.getState().playing; i++) c.getState().tick(dt);
      expect(c.getState().utcMs).toBe(1_510_000);
      expect(c.getState().playing).toBe(false);
    }
  });

  it('stops at the same instant in smart rate on a slow frame', () => {
    const c = testClock({ events, smart: true, playing: true, autoPause: true });
    while (c.getState().playing) c.getState().tick(700);
    expect(c.getState().utcMs).toBe(1_510_000);
  });

  it('plays on from an event to the next, and stops at two events 0.2 s apart one by one', () => {
    const c = testClock({ events, utcMs: 1_510_000, rate: 3600, autoPause: true });
    const stops: number[] = [];
    for (let n = 0; n < 4; n++) {
      c.getState().play();
      while (c.getState().playing) c.getState().tick(700);
      stops.push(c.getState().utcMs);
    }
    // Then it runs to the end of the range; play there starts again and stops at the first event.
    expect(stops).toEqual([1_600_000, 1_600_184, 2_000_000, 1_510_000]);
  });

  it('does not stop playing backwards, nor when it is off', () => {
    const back = testClock({
      events,
      utcMs: 1_700_000,
      rate: -3600,
      playing: true,
      autoPause: true,
    });
    back.getState().tick(100);
    expect(back.getState().utcMs).toBe(1_340_000);
    const off = testClock({ events, rate: 3600, playing: true });
    off.getState().tick(100);
    expect(off.getState().utcMs).toBe(1_860_000);
    expect(off.getState().playing).toBe(true);
  });

  it('counts the seeks, not the ticks', () => {
    const c = testClock({ events, rate: 1, playing: true });
    const before = c.getState().seeks;
    c.getState().tick(100);
    expect(c.getState().seeks).toBe(before);
    c.getState().seek(1_200_000);
    c.getState().jumpToEvent(1);
    expect(c.getState().seeks).toBe(before + 2);
  });
});
