import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { issTles, nearestTle } from '../../../src/data/issTles';
import { DEG, OMEGA_EARTH_RAD_S } from '../../../src/physics/constants';
import { ecefToGeodetic, eciToEcef } from '../../../src/physics/frames';
import { propagateTeme } from '../../../src/physics/sgp4';
import { sunDirectionEci } from '../../../src/physics/sun';
import { gmstRad } from '../../../src/physics/time';
import { parseTle } from '../../../src/physics/tle';
import { cross, dot, norm, type Vec3 } from '../../../src/physics/vec3';
import { groundAltKm, replayFor } from '../../../src/replay/replay';
import {
  createSceneStateSource,
  padDropKm,
  SPACECRAFT_OVER_PAD_KM,
} from '../../../src/replay/sceneState';
import { DECAYING_L1, MS19_L2 } from '../../fixtures/missionFiles';

const mission = (id: string) => {
  const m = findMission(id);
  if (!m) throw new Error(`no mission ${id}`);
  return m;
};

const descent = replayFor(mission('soyuz-ms-19-landing')).descent!;
const ms22 = mission('soyuz-ms-22-launch');
const ascent = replayFor(ms22).ascent!;
const lastSampleMs = descent.samples.t[descent.samples.length - 1]!;

const sub = (a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const ecefAt = (r: Readonly<Vec3>, ms: number) => eciToEcef(r, gmstRad(ms));
/** Height above the bare WGS-84 ellipsoid of an inertial position at an instant, km. */
const heightOf = (r: Readonly<Vec3>, ms: number) => ecefToGeodetic(ecefAt(r, ms)).altKm;

describe('sceneStateAt with the MS-19 descent', () => {
  const at = createSceneStateSource();
  const descentAt = (ms: number) => at(ms, descent);

  it('has no capsule before the deorbit burn, and one from the burn on', () => {
    expect(descentAt(descent.burnMs - 1).capsule).toBeNull();
    expect(descentAt(descent.burnMs - 3_600_000).capsule).toBeNull();
    const c = descentAt(descent.burnMs).capsule;
    expect(c).not.toBeNull();
    expect(c!.descent).toBe(descent);
    expect(c!.phase).toBe('deorbit_burn_start');
    // No ascent in a return.
    expect(descentAt(descent.burnMs + 600_000).ascent).toBeNull();
  });

  it('has no capsule without a descent, at any instant', () => {
    expect(at(descent.burnMs + 600_000).capsule).toBeNull();
  });

  it('names the latest event passed as the capsule phase, all along the descent', () => {
    const events = [...descent.events].sort((a, b) => a.ms - b.ms);
    expect(events.length).toBeGreaterThan(8);
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const next = events.slice(i + 1).find((x) => x.ms > e.ms);
      // On the event itself and half-way to the next one.
      expect(descentAt(e.ms).capsule!.phase).toBe(e.type);
      const mid = next ? (e.ms + next.ms) / 2 : e.ms + 3_600_000;
      expect(descentAt(mid).capsule!.phase).toBe(e.type);
      // Just before the event it is still the one before.
      if (i > 0 && events[i - 1]!.ms < e.ms - 1)
        expect(descentAt(e.ms - 1).capsule!.phase).toBe(events[i - 1]!.type);
    }
    expect(descentAt(lastSampleMs + 86_400_000).capsule!.phase).toBe('touchdown');
  });

  it('follows the modelled trajectory between the burn and touchdown', () => {
    const main = descent.events.find((e) => e.type === 'main_chute')!;
    const c = descentAt(main.ms).capsule!;
    expect(c.point.ms).toBe(main.ms);
    expect(norm(sub(c.point.r, main.r))).toBeLessThan(0.05);
    expect(Math.abs(c.point.altKm - main.altKm)).toBeLessThan(0.05);
  });

  it('draws the capsule lowered by the landing ground height, along its radius', () => {
    const ground = groundAltKm(descent);
    // The steppe is not at sea level: otherwise this test would not see the lowering.
    expect(ground).toBeGreaterThan(0.1);
    for (const ms of [descent.burnMs, descent.burnMs + 1_900_000, lastSampleMs - 60_000]) {
      const c = descentAt(ms).capsule!;
      expect(norm(c.drawR)).toBeCloseTo(norm(c.point.r) - ground, 6);
      expect(norm(cross(c.drawR, c.point.r)) / norm(c.drawR) / norm(c.point.r)).toBeLessThan(1e-12);
      expect(dot(c.drawR, c.point.r)).toBeGreaterThan(0);
    }
    // At touchdown the drawn capsule stands on the drawn (bare ellipsoid) Earth.
    const c = descentAt(lastSampleMs).capsule!;
    expect(Math.abs(c.point.altKm - ground)).toBeLessThan(1e-9);
    expect(Math.abs(heightOf(c.drawR, lastSampleMs))).toBeLessThan(0.005);
  });

  it('after the last sample rests on the ground and turns with Earth', () => {
    const touch = descentAt(lastSampleMs).capsule!;
    const touchR: Vec3 = [...touch.point.r];
    const touchEcef = ecefAt(touchR, lastSampleMs);
    const { lat, lon, altKm } = touch.point;

    // No jump when the table ends: the ground point is where the last sample was.
    const justAfter = descentAt(lastSampleMs + 1).capsule!;
    expect(norm(sub(justAfter.point.r, touchR))).toBeLessThan(0.01);

    for (const later of [60_000, 3_600_000, 6 * 3_600_000]) {
      const ms = lastSampleMs + later;
      const c = descentAt(ms).capsule!;
      expect(c.point.ms).toBe(ms);
      // Fixed on the ground (Earth-fixed position unchanged, to a few metres) …
      expect(norm(sub(ecefAt(c.point.r, ms), touchEcef))).toBeLessThan(0.01);
      expect(c.point.lat).toBe(lat);
      expect(c.point.lon).toBe(lon);
      expect(c.point.altKm).toBe(altKm);
      // … while its inertial position moves with Earth's rotation: a chord of the circle of
      // latitude through the angle Earth turned.
      const circle = Math.hypot(touchR[0], touchR[1]);
      const chord = 2 * circle * Math.sin((OMEGA_EARTH_RAD_S * later) / 1000 / 2);
      expect(norm(sub(c.point.r, touchR))).toBeGreaterThan(0.99 * chord);
      expect(norm(sub(c.point.r, touchR))).toBeLessThan(1.01 * chord);
      // Its velocity is the ground's: eastward, horizontal, ω times the distance from the axis.
      expect(norm(c.point.v)).toBeCloseTo(OMEGA_EARTH_RAD_S * circle, 6);
      expect(Math.abs(dot(c.point.v, c.point.r))).toBeLessThan(1e-9);
      expect(c.point.v[0] * c.point.r[1] - c.point.v[1] * c.point.r[0]).toBeLessThan(0);
      expect(c.point.speed).toBeCloseTo(norm(c.point.v), 12);
      expect(c.point.airspeed).toBe(0);
      expect(c.point.g).toBe(1);
      // Drawn on the bare ellipsoid still.
      expect(Math.abs(heightOf(c.drawR, ms))).toBeLessThan(0.005);
    }
  });

  it('returns the memo for the same instant and recomputes for a new one', () => {
    const ms = descent.burnMs + 2_000_000;
    const s = descentAt(ms);
    const phase = s.capsule!.phase;
    // Mark the memo: a recomputation would overwrite the marks.
    s.sunEci[0] = 99;
    s.capsule!.phase = 'marked';
    const again = descentAt(ms);
    expect(again).toBe(s);
    expect(again.sunEci[0]).toBe(99);
    expect(again.capsule!.phase).toBe('marked');

    const next = descentAt(ms + 1000);
    expect(next.utcMs).toBe(ms + 1000);
    expect(next.sunEci[0]).not.toBe(99);
    expect(next.capsule!.phase).toBe(phase);
    // The frame loop must not allocate: the same objects, overwritten in place.
    expect(next).toBe(s);
    expect(norm(next.sunEci)).toBeCloseTo(1, 9);
  });

  it('recomputes for the same instant when the descent, ascent or element sets change', () => {
    const ms = descent.burnMs + 2_000_000;
    expect(descentAt(ms).capsule).not.toBeNull();
    expect(at(ms, null).capsule).toBeNull();
    expect(descentAt(ms).capsule).not.toBeNull();
    expect(at(ms, descent, null, []).iss).toBeNull();
    expect(at(ms, descent, null, issTles).iss).not.toBeNull();
    expect(at(ms, descent, ascent, issTles).ascent).not.toBeNull();
    expect(at(ms, descent, null, issTles).ascent).toBeNull();
  });

  it('gives the ISS as SGP4 propagates the nearest element set', () => {
    for (const ms of [descent.burnMs, descent.burnMs + 1_234_567, lastSampleMs + 3_600_000]) {
      const s = descentAt(ms);
      const tle = nearestTle(ms)!;
      // Not simply the first of the pool.
      expect(tle).not.toBe(issTles[0]);
      const expected = propagateTeme(tle, ms);
      expect(s.issUnavailable).toBeNull();
      expect(s.iss!.tle).toBe(tle);
      for (let i = 0; i < 3; i++) {
        expect(s.iss!.eci.r[i]).toBeCloseTo(expected.r[i]!, 9);
        expect(s.iss!.eci.v[i]).toBeCloseTo(expected.v[i]!, 12);
      }
      const geo = ecefToGeodetic(eciToEcef(expected.r, gmstRad(ms)));
      expect(s.iss!.geo.lat).toBeCloseTo(geo.lat, 12);
      expect(s.iss!.geo.lon).toBeCloseTo(geo.lon, 12);
      expect(s.iss!.geo.altKm).toBeCloseTo(geo.altKm, 9);
      expect(s.iss!.speedKms).toBeCloseTo(norm(expected.v), 12);
      expect(s.gmst).toBe(gmstRad(ms));
      const sun = sunDirectionEci(ms);
      for (let i = 0; i < 3; i++) expect(s.sunEci[i]).toBeCloseTo(sun[i]!, 12);
    }
  });
});

describe('why the ISS is not shown', () => {
  const first = issTles[0]!;

  it('says there is no element set when the pool is empty', () => {
    const at = createSceneStateSource([]);
    const s = at(first.epochMs);
    expect(s.iss).toBeNull();
    expect(s.issUnavailable).toEqual({ code: 'noTle' });
    // The pool may also come with the call.
    const withPool = createSceneStateSource();
    expect(withPool(first.epochMs, null, null, []).issUnavailable).toEqual({ code: 'noTle' });
  });

  it('says none is near when the instant is over 30 days from every epoch', () => {
    const at = createSceneStateSource();
    const far = at(first.epochMs - 31 * 86_400_000);
    expect(far.iss).toBeNull();
    expect(far.issUnavailable).toEqual({ code: 'noTleNear', days: 30 });
    const farther = at(first.epochMs - 400 * 86_400_000);
    expect(farther.issUnavailable).toEqual({ code: 'noTleNear', days: 30 });
    // Within 30 days SGP4 is trusted, and the reason is cleared.
    const near = at(first.epochMs - 29 * 86_400_000);
    expect(near.issUnavailable).toBeNull();
    expect(near.iss).not.toBeNull();
  });

  it('says SGP4 failed when the station has decayed near the epoch', () => {
    const decaying = parseTle(DECAYING_L1, MS19_L2);
    const at = createSceneStateSource([decaying]);
    const s = at(decaying.epochMs + 8 * 86_400_000);
    expect(s.iss).toBeNull();
    expect(s.issUnavailable).toEqual({ code: 'sgp4' });
    // At its epoch it is still flying.
    expect(at(decaying.epochMs).issUnavailable).toBeNull();
  });

  it('is null when the station is shown', () => {
    const at = createSceneStateSource();
    const s = at(first.epochMs + 3_600_000);
    expect(s.issUnavailable).toBeNull();
    expect(s.iss).not.toBeNull();
  });
});

describe('sceneStateAt with the MS-22 launch', () => {
  const at = createSceneStateSource();
  const launchAt = (ms: number) => at(ms, null, ascent);
  const padKm = ascent.samples.altKm[0]!;

  it('stands on the pad before lift-off, turning with Earth', () => {
    const a1 = launchAt(ascent.liftoffMs - 20 * 60_000).ascent!;
    expect(a1.phase).toBe('on_pad');
    expect(a1.docked).toBe(false);
    expect(a1.approach).toBe(0);
    expect(a1.ascent).toBe(ascent);
    const r1: Vec3 = [...a1.point.r];
    const t1 = a1.point.ms;
    expect(t1).toBe(ascent.liftoffMs - 20 * 60_000);
    expect(Math.abs(a1.point.lat - ms22.launch!.pad_lat!)).toBeLessThan(0.01);
    expect(Math.abs(a1.point.lon - ms22.launch!.pad_lon!)).toBeLessThan(0.01);
    const a2 = launchAt(ascent.liftoffMs - 60_000).ascent!;
    expect(a2.phase).toBe('on_pad');
    expect(norm(sub(ecefAt(a2.point.r, a2.point.ms), ecefAt(r1, t1)))).toBeLessThan(0.01);
    expect(norm(sub(a2.point.r, r1))).toBeGreaterThan(50);
    // Drawn on the bare ellipsoid: the pad's whole height taken out, and the spacecraft on top
    // of its rocket.
    expect(padKm).toBeGreaterThan(0.05);
    expect(norm(a2.drawR)).toBeCloseTo(norm(a2.point.r) - padKm + SPACECRAFT_OVER_PAD_KM, 6);
    expect(Math.abs(heightOf(a2.drawR, a2.point.ms) - SPACECRAFT_OVER_PAD_KM)).toBeLessThan(0.005);
    // No capsule in a launch.
    expect(launchAt(ascent.liftoffMs - 60_000).capsule).toBeNull();
  });

  it('climbs from lift-off, with the ascent events as its phases', () => {
    const s = launchAt(ascent.liftoffMs + 1).ascent!;
    expect(s.phase).toBe('launch');
    const later = launchAt(ascent.insertionMs + 60_000).ascent!;
    expect(later.phase).toBe('orbit_insertion');
    expect(later.docked).toBe(false);
    // In orbit the pad's height no longer matters: drawn where modelled.
    expect(later.drawR).toEqual(later.point.r);
  });

  it('closes on the port over the final ten minutes', () => {
    const approach = (before: number) => launchAt(ascent.dockingMs - before).ascent!.approach;
    expect(approach(11 * 60_000)).toBe(0);
    expect(approach(10 * 60_000)).toBe(0);
    expect(approach(5 * 60_000)).toBeCloseTo(0.5, 12);
    let prev = 0;
    for (let m = 10; m >= 0; m--) {
      const x = approach(m * 60_000);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x;
    }
    expect(approach(0)).toBe(1);
  });

  it('is docked at the end, wherever the station is drawn', () => {
    for (const after of [0, 60_000, 30 * 60_000]) {
      const ms = ascent.dockingMs + after;
      const s = launchAt(ms);
      const a = s.ascent!;
      expect(a.docked).toBe(true);
      expect(a.phase).toBe('docking');
      expect(a.approach).toBe(1);
      expect(a.point.ms).toBe(ms);
      expect(a.point.r).toEqual(s.iss!.eci.r);
      expect(a.point.v).toEqual(s.iss!.eci.v);
      expect(a.point.lat).toBeCloseTo(s.iss!.geo.lat / DEG, 12);
      expect(a.point.altKm).toBe(s.iss!.geo.altKm);
      expect(a.drawR).toEqual(a.point.r);
    }
  });
});

describe('padDropKm', () => {
  it('takes out all of the pad height on the pad and none from 10 km above it', () => {
    expect(padDropKm(0.1, 0.1)).toBeCloseTo(0.1, 12);
    expect(padDropKm(0.05, 0.1)).toBeCloseTo(0.1, 12);
    expect(padDropKm(10.1, 0.1)).toBe(0);
    expect(padDropKm(400, 0.1)).toBe(0);
    expect(padDropKm(5.1, 0.1)).toBeCloseTo(0.05, 12);
    let prev = Infinity;
    for (let h = 0.1; h < 12; h += 0.5) {
      const d = padDropKm(h, 0.1);
      expect(d).toBeLessThanOrEqual(prev);
      prev = d;
    }
  });
});
