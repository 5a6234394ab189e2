import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { createClock } from '../../../src/clock/clockStore';
import { missionClock } from '../../../src/replay/missionClock';
import { seekTo } from '../../../src/app/stateHook';

function ms19(playing: boolean) {
  const mc = missionClock(findMission('soyuz-ms-19-landing')!);
  return createClock({
    utcMs: Date.parse('2022-03-30T10:30:00Z'),
    rate: playing ? 60 : 0,
    playing,
    range: mc.range,
    events: mc.events,
    missionId: 'soyuz-ms-19-landing',
    camera: 'earth',
    autoPause: false,
  });
}

describe('window.soyuzReplay.seek', () => {
  it('moves the clock to an ISO UTC time or epoch ms, leaving play as it was', () => {
    const clock = ms19(true);
    seekTo(clock, '2022-03-30T11:09:00Z');
    expect(clock.getState().utcMs).toBe(Date.UTC(2022, 2, 30, 11, 9));
    expect(clock.getState().playing).toBe(true);
    seekTo(clock, Date.UTC(2022, 2, 30, 11, 45, 30));
    expect(clock.getState().utcMs).toBe(Date.UTC(2022, 2, 30, 11, 45, 30));
    expect(clock.getState().seeks).toBe(2);
  });

  it('refuses, saying why, what is not an instant or lies outside the replay', () => {
    const clock = ms19(false);
    expect(() => seekTo(clock, '11:09')).toThrow(/not an ISO-8601 UTC time/);
    expect(() => seekTo(clock, Number.NaN)).toThrow(/not an instant/);
    expect(() => seekTo(clock, '2000-01-01T00:00:00Z')).toThrow(
      /2000-01-01T00:00:00Z is outside this replay \(2022-03-\d\dT[\d:]+Z to 2022-03-\d\dT[\d:]+Z\)/,
    );
    expect(clock.getState().utcMs).toBe(Date.UTC(2022, 2, 30, 10, 30));
    expect(clock.getState().seeks).toBe(0);
  });
});
