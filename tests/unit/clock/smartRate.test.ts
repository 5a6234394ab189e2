import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { createClock } from '../../../src/clock/clockStore';
import { missionClock } from '../../../src/replay/missionClock';
import { SMART_MAX_RATE, smartRate } from '../../../src/clock/smartRate';

const c = missionClock(findMission('soyuz-ms-19-landing')!);
const burn = c.events.find((e) => e.type === 'deorbit_burn_start')!.utcMs;

describe('smart rate', () => {
  it('is real time at an event and grows with the distance from it', () => {
    expect(smartRate(c.events, burn)).toBe(1);
    expect(smartRate(c.events, burn - 2000)).toBe(1);
    expect(smartRate(c.events, burn - 40_000)).toBeCloseTo(10, 5);
    expect(smartRate(c.events, burn - 400_000)).toBeCloseTo(100, 5);
    expect(smartRate(c.events, c.range.startMs - 86_400_000)).toBe(SMART_MAX_RATE);
    expect(smartRate([], burn)).toBe(SMART_MAX_RATE);
  });

  it('plays a whole MS-19 return, undocking to the end, in a few minutes, stopping at every event', () => {
    const clock = createClock({
      utcMs: c.range.startMs,
      rate: 1,
      smart: true,
      playing: true,
      range: c.range,
      events: c.events,
      missionId: 'soyuz-ms-19-landing',
      camera: 'earth',
    });
    let realMs = 0;
    const slowAt = new Set<string>();
    while (clock.getState().playing && realMs < 3_600_000) {
      clock.getState().tick(16);
      realMs += 16;
      const t = clock.getState().utcMs;
      for (const e of c.events) if (Math.abs(e.utcMs - t) < 1000) slowAt.add(e.type);
    }
    expect(clock.getState().utcMs).toBe(c.range.endMs);
    expect(realMs / 60_000).toBeGreaterThan(2);
    expect(realMs / 60_000).toBeLessThan(12);
    // Within a second of every event the clock was passing at about real time.
    for (const e of c.events) expect(slowAt.has(e.type)).toBe(true);
  });
});
