import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { issTles } from '../../../src/data/issTles';
import {
  RECONSTRUCTIONS,
  reconstructionFor,
  reconstructionInputs,
} from '../../../src/data/reconstructions';
import { simulateDescent } from '../../../src/physics/descent';
import { haversineKm } from '../../../src/physics/frames';
import { circularOrbitTle, fitOrbitToLanding } from '../../../src/physics/reconstruct';
import { propagateTeme } from '../../../src/physics/sgp4';
import { parseUtc } from '../../../src/physics/time';
import { replayFor, sourcedBurnMs } from '../../../src/replay/replay';

const DEG = Math.PI / 180;
const TMA11 = 'soyuz-tma-11-ballistic-landing';

describe('a circular orbit as a two-line element set', () => {
  it('passes the same checks as a real TLE and puts the craft where the elements say', () => {
    const epochMs = Date.UTC(2008, 3, 19, 7, 40);
    const tle = circularOrbitTle({
      epochMs,
      inclinationDeg: 51.64,
      raanDeg: 100,
      argLatDeg: 90,
      meanMotion: 15.6,
    });
    expect(tle.epochMs).toBeCloseTo(epochMs, -1);
    expect(tle.satnum).toBe('99999');
    const { r, v } = propagateTeme(tle, epochMs);
    // At 90° from the ascending node the craft is at its highest latitude, the inclination.
    const radius = Math.hypot(...r);
    expect(Math.asin(r[2] / radius) / DEG).toBeCloseTo(51.64, 1);
    expect(radius - 6378).toBeGreaterThan(370);
    expect(radius - 6378).toBeLessThan(410);
    expect(Math.hypot(...v)).toBeCloseTo(7.68, 1);
  });
});

describe('Soyuz TMA-11 (2008): the orbit reconstructed from its ballistic landing', () => {
  const mission = findMission(TMA11)!;
  const stored = reconstructionFor(TMA11)!;

  it('the stored orbit is what the fit gives from the mission record today', () => {
    const burnMs = sourcedBurnMs(mission)!;
    expect(stored.orbit.epochMs).toBe(burnMs);
    const incl = issTles.reduce((s, t) => s + t.satrec.inclo, 0) / issTles.length / DEG;
    expect(stored.orbit.inclinationDeg).toBeCloseTo(incl, 6);
    const fit = fitOrbitToLanding({
      burnMs,
      landing: { lat: mission.landing!.lat!, lon: mission.landing!.lon! },
      landingMs: parseUtc(mission.landing!.time_utc),
      inclinationDeg: incl,
      meanMotion: 15.6,
      mode: stored.mode,
    });
    expect(fit.missKm).toBeLessThan(0.1);
    expect(Math.abs(fit.timeErrorS)).toBeLessThan(1);
    expect(fit.orbit.raanDeg).toBeCloseTo(stored.orbit.raanDeg, 2);
    expect(fit.orbit.argLatDeg).toBeCloseTo(stored.orbit.argLatDeg, 2);
    expect(fit.orbit.meanMotion).toBeCloseTo(stored.orbit.meanMotion, 3);
  }, 30_000);

  it('replays ballistic on the reported point, and the guided comparison lands about as far east as the sources say', () => {
    const r = replayFor(mission);
    expect(r.orbitSource).toBe('reconstructed');
    expect(r.descent!.mode).toBe('ballistic');
    expect(r.comparison!.mode).toBe('guided');
    const td = r.descent!.touchdown;
    const guided = r.comparison!.touchdown;
    expect(haversineKm(td.lat * DEG, td.lon * DEG, 50.53278 * DEG, 61.09986 * DEG)).toBeLessThan(1);
    // Sources: 420 (Roscosmos), 428 (spacefacts), 475 (NASA) km short of the target zone.
    const shortKm = haversineKm(td.lat * DEG, td.lon * DEG, guided.lat * DEG, guided.lon * DEG);
    expect(shortKm).toBeGreaterThan(380);
    expect(shortKm).toBeLessThan(520);
    expect(guided.lon).toBeGreaterThan(td.lon);
    // Sources: "peak load ~8 g for about one minute"; a guided return pulls about 4 g.
    expect(r.descent!.peakG).toBeGreaterThan(7);
    expect(r.descent!.peakG).toBeLessThan(9.5);
    expect(r.comparison!.peakG).toBeLessThan(5);
  });
});

describe('every stored reconstruction (tools/reconstruct/makeReconstructions.ts)', () => {
  const incl = issTles.reduce((s, t) => s + t.satrec.inclo, 0) / issTles.length / DEG;

  it('covers the returns with a landing point and time but no element set within 10 days', () => {
    expect(RECONSTRUCTIONS.length).toBeGreaterThanOrEqual(10);
    for (const id of ['soyuz-tma-18-landing', 'soyuz-tma-22-landing', 'soyuz-tma-13m-landing'])
      expect(reconstructionFor(id), id).not.toBeNull();
  });

  it.each(RECONSTRUCTIONS.map((r) => [r.missionId, r] as const))(
    '%s: its stored orbit lands on the point at the time it was fitted to, and replays',
    (id, rec) => {
      const m = findMission(id)!;
      const input = reconstructionInputs(m, incl);
      expect(rec.orbit.epochMs).toBe(input.burnMs);
      expect(rec.mode).toBe(input.mode);
      expect(rec.burn).toBe(input.burnKind);
      const d = simulateDescent({
        tle: circularOrbitTle(rec.orbit),
        burnMs: rec.orbit.epochMs,
        mode: rec.mode,
      });
      const td = d.touchdown;
      const miss = haversineKm(
        td.lat * DEG,
        td.lon * DEG,
        input.landing.lat * DEG,
        input.landing.lon * DEG,
      );
      expect(miss).toBeLessThan(1);
      expect(Math.abs(td.ms - input.landingMs!) / 1000).toBeLessThan(2);
      const r = replayFor(m);
      expect(r.orbitSource).toBe('reconstructed');
      expect(r.descent!.touchdown.ms).toBe(td.ms);
    },
  );
});
