import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { haversineKm } from '../../../src/physics/frames';
import { parseUtc } from '../../../src/physics/time';
import { landingAim, replayFor, sourcedBurnMs } from '../../../src/replay/replay';
import { missions } from '../../../src/data/catalog';
import { nearestTle, REPLAY_TLE_MAX_GAP_MS } from '../../../src/data/issTles';
import { reconstructionFor } from '../../../src/data/reconstructions';

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

  it('says why where there is no ISS element set near the return, nor a point to fit an orbit to', () => {
    const r = replayFor(mission('soyuz-tma-19-landing'));
    expect(r.descent).toBeNull();
    expect(r.unavailable).toEqual({ code: 'noTleReturn', mission: 'Soyuz TMA-19' });
  });

  it('flies a return without an element set from a reconstructed orbit, and says so', () => {
    const r = replayFor(mission('soyuz-ms-17-landing'));
    expect(r.orbitSource).toBe('reconstructed');
    expect(r.descent!.mode).toBe('guided');
    expect(r.comparison!.mode).toBe('ballistic');
  });

  it('without a landing point, flies the sourced burn unsteered rather than guessing a point', () => {
    const m = mission('soyuz-tma-10m-landing');
    expect(m.event_type).toBe('landing');
    expect(m.landing?.lat ?? null).toBeNull();
    const r = replayFor(m);
    expect(r.aim).toBeNull();
    expect(r.burnSource).toBe('sourced');
    expect(r.descent!.target).toBeNull();
    expect(r.descent!.footprint).toBeNull();
  });

  it('says the sources give no landing point where they give neither a point nor a burn', () => {
    const r = replayFor(mission('soyuz-tma-05m-landing'));
    expect(r.descent).toBeNull();
    expect(r.unavailable).toEqual({ code: 'noLandingPoint', mission: 'Soyuz TMA-05M' });
  });

  it('sets aside a sourced burn that lands outside the automatic footprint, and flies the planned one', () => {
    // MS-01: burn 03:06 (minute), element set 4.4 days away: it lands ~1,100 km off.
    const m = mission('soyuz-ms-01-landing');
    const r = replayFor(m);
    expect(r.burnSource).toBe('planned');
    expect(r.sourcedBurnSetAside!.burnMs).toBe(parseUtc('2016-10-30T03:06:00Z'));
    expect(r.sourcedBurnSetAside!.missKm).toBeGreaterThan(300);
    const d = r.descent!;
    expect(d.footprint).toBe('inside');
    expect(d.missKm!).toBeLessThan(10);
    expect(Math.abs(d.touchdown.ms - parseUtc(m.landing!.time_utc)) / 60_000).toBeLessThan(5);
  });

  it('flies every sourced burn that lands inside the footprint as it is', () => {
    for (const id of ['soyuz-ms-11-landing', 'soyuz-ms-19-landing', 'soyuz-tma-18m-landing']) {
      const r = replayFor(mission(id));
      expect(r.burnSource).toBe('sourced');
      expect(r.sourcedBurnSetAside).toBeNull();
    }
  });
});

describe('every landing the data allows replays in full', () => {
  it('each landing with an element set within 10 days, or a stored reconstruction, and a burn or a point', () => {
    let full = 0;
    for (const m of missions) {
      if (m.event_type !== 'landing' || !m.landing) continue;
      const burn = sourcedBurnMs(m);
      const near = burn ?? parseUtc(m.landing.time_utc);
      const tle = nearestTle(near);
      const hasSet = !!tle && Math.abs(tle.epochMs - near) <= REPLAY_TLE_MAX_GAP_MS;
      const canFly =
        (hasSet && (burn !== null || landingAim(m) !== null)) || !!reconstructionFor(m.id);
      const r = replayFor(m);
      expect(r.descent !== null, m.id).toBe(canFly);
      if (canFly) full++;
    }
    expect(full).toBeGreaterThanOrEqual(40);
  });
});
