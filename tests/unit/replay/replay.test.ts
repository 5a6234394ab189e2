import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { haversineKm } from '../../../src/physics/frames';
import { parseUtc } from '../../../src/physics/time';
import { replayFor } from '../../../src/replay/replay';

const DEG = Math.PI / 180;
const mission = (id: string) => {
  const m = findMission(id);
  if (!m) throw new Error(`no mission ${id}`);
  return m;
};

describe('which missions replay, and from what', () => {
  it('MS-19 flies from its sourced burn', () => {
    const r = replayFor(mission('soyuz-ms-19-landing'));
    expect(r.burnSource).toBe('sourced');
    const burn = r.descent!.events.find((e) => e.type === 'deorbit_burn_start')!;
    expect(burn.ms).toBe(parseUtc('2022-03-30T10:34:00Z'));
  });

  it('MS-24 (only the landing sourced) gets a planned burn that lands on the site at the reported minute', () => {
    const m = mission('soyuz-ms-24-landing');
    const r = replayFor(m);
    expect(r.burnSource).toBe('planned');
    const d = r.descent!;
    expect(Math.abs(d.touchdown.ms - parseUtc(m.landing!.time_utc)) / 1000).toBeLessThan(120);
    const miss = haversineKm(
      d.touchdown.lat * DEG,
      d.touchdown.lon * DEG,
      r.aim!.lat * DEG,
      r.aim!.lon * DEG,
    );
    expect(miss).toBeLessThan(10);
    // The burn comes about 55 minutes before touchdown, as on every Soyuz return.
    const burn = d.events.find((e) => e.type === 'deorbit_burn_start')!;
    expect((d.touchdown.ms - burn.ms) / 60_000).toBeGreaterThan(45);
    expect((d.touchdown.ms - burn.ms) / 60_000).toBeLessThan(65);
  });

  it('says why where there is no ISS element set near the return', () => {
    const r = replayFor(mission('soyuz-ms-17-landing'));
    expect(r.descent).toBeNull();
    expect(r.unavailable).toEqual({ code: 'noTleReturn', mission: 'Soyuz MS-17' });
  });

  it('says the sources give no landing point where they give none, rather than guessing one', () => {
    const m = mission('soyuz-tma-10m-landing');
    expect(m.event_type).toBe('landing');
    expect(m.landing?.lat ?? null).toBeNull();
    const r = replayFor(m);
    expect(r.descent).toBeNull();
    expect(r.unavailable).toEqual({ code: 'noLandingPoint', mission: 'Soyuz TMA-10M' });
  });
});
