import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { createClock } from '../../../../src/clock/clockStore';
import { missionClock } from '../../../../src/replay/missionClock';
import {
  PRESENTER_LEAD_MS,
  presenterStep,
} from '../../../../src/ui/presentation/presenterNavigation';

function clockAt(iso: string) {
  const mc = missionClock(findMission('soyuz-ms-19-landing')!);
  const clock = createClock({
    utcMs: Date.parse(iso),
    rate: 0,
    playing: false,
    range: mc.range,
    events: mc.events,
    missionId: 'soyuz-ms-19-landing',
    camera: 'earth',
  });
  return { clock, events: mc.events };
}

describe('presenter clicker navigation', () => {
  it('walks the events one by one, landing 15 s before each and playing forwards in smart rate', () => {
    const { clock, events } = clockAt('2022-03-30T10:30:00Z');
    const ahead = events.filter((e) => e.utcMs > Date.parse('2022-03-30T10:30:15Z'));
    for (const e of ahead.slice(0, 5)) {
      expect(presenterStep(clock, 1)).toBe(true);
      const s = clock.getState();
      expect(s.utcMs).toBe(e.utcMs - PRESENTER_LEAD_MS);
      expect(s.playing).toBe(true);
      expect(s.smart).toBe(true);
      expect(s.rate).toBeGreaterThan(0);
    }
    // And back.
    expect(presenterStep(clock, -1)).toBe(true);
    expect(clock.getState().utcMs).toBe(ahead[3]!.utcMs - PRESENTER_LEAD_MS);
  });

  it('does nothing past the last event', () => {
    const { clock } = clockAt('2022-03-30T11:50:00Z');
    const before = clock.getState().utcMs;
    expect(presenterStep(clock, 1)).toBe(false);
    expect(clock.getState().utcMs).toBe(before);
  });
});
