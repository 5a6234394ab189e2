import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { issTles } from '../../../../src/data/issTles';
import { ZHEZKAZGAN } from '../../../../src/data/sites';
import { DEG } from '../../../../src/physics/constants';
import { eciToEcef } from '../../../../src/physics/frames';
import { parseUtc } from '../../../../src/physics/time';
import type { Vec3 } from '../../../../src/physics/vec3';
import { createSceneStateSource, type SceneState } from '../../../../src/replay/sceneState';
import { earthViewDirection } from '../../../../src/scene/camera/earthView';
import { setSceneVector } from '../../../../src/scene/sceneVectors';

/** Scene (y north) back to the physics frame (z north). */
const physics = (v: Vector3): Vec3 => [v.x, -v.z, v.y];
const scene = (r: Readonly<Vec3>) => setSceneVector(new Vector3(), r);
/** Latitude of a scene direction, radians (geocentric: scene y is north). */
const latOf = (v: Vector3) => Math.asin(v.y / v.length());

/** A scene state with only what the Earth view reads. */
function stateWith(gmst: number, sunEci: Vec3, issR: Vec3 | null, issLatRad = 0): SceneState {
  return {
    utcMs: 0,
    gmst,
    sunEci,
    iss: issR
      ? {
          tle: issTles[0]!,
          eci: { r: issR, v: [0, 7.66, 0] },
          geo: { lat: issLatRad, lon: 0, altKm: 420 },
          speedKms: 7.66,
        }
      : null,
    issUnavailable: null,
    capsule: null,
    ascent: null,
    soyuz: null,
  };
}

describe('earthViewDirection without the ISS', () => {
  it.each([0, 1, Math.PI / 2, 4, -2.5])(
    'looks from over Zhezkazgan, wherever Earth has turned (gmst %f)',
    (gmst) => {
      const dir = earthViewDirection(stateWith(gmst, [1, 0, 0], null));
      expect(dir.length()).toBeCloseTo(1, 12);
      // Into Earth-fixed axes: the landing zone's longitude exactly …
      const ecef = eciToEcef(physics(dir), gmst);
      expect(Math.atan2(ecef[1], ecef[0]) / DEG).toBeCloseTo(ZHEZKAZGAN.lon, 9);
      // … and its latitude (geocentric, within the 0.2° that separates it from geodetic).
      const lat = latOf(dir) / DEG;
      expect(lat).toBeLessThan(ZHEZKAZGAN.lat);
      expect(lat).toBeGreaterThan(ZHEZKAZGAN.lat - 0.2);
    },
  );

  it('does not depend on the Sun', () => {
    const a = earthViewDirection(stateWith(1, [1, 0, 0], null));
    const b = earthViewDirection(stateWith(1, [0, 0.6, 0.8], null));
    expect(a.distanceTo(b)).toBeLessThan(1e-12);
  });

  it('returns a fresh vector each call', () => {
    const s = stateWith(1, [1, 0, 0], null);
    const a = earthViewDirection(s);
    expect(earthViewDirection(s)).not.toBe(a);
  });
});

describe('earthViewDirection with the ISS', () => {
  /** Equinox: the Sun on the equator, along +x. */
  const sun: Vec3 = [1, 0, 0];

  it('looks down near a station on the terminator, a little toward the day side', () => {
    for (const lonDeg of [90, -90]) {
      for (const latDeg of [-45, -20, 0, 20, 45]) {
        const lat = latDeg * DEG;
        const lon = lonDeg * DEG;
        const r: Vec3 = [
          6800 * Math.cos(lat) * Math.cos(lon),
          6800 * Math.cos(lat) * Math.sin(lon),
          6800 * Math.sin(lat),
        ];
        const dir = earthViewDirection(stateWith(0, sun, r, lat));
        expect(dir.length()).toBeCloseTo(1, 12);
        const d = dir.dot(scene(sun));
        expect(d).toBeGreaterThan(0);
        expect(d).toBeLessThan(0.2);
        // On the station's side of Earth: the same side of the terminator's plane, near it.
        expect(dir.angleTo(scene(r).normalize()) / DEG).toBeLessThan(35);
      }
    }
  });

  it('moves the view part-way from the station toward the latitude of the city lights', () => {
    for (const latDeg of [-51, -10, 0, 30, 51]) {
      const lat = latDeg * DEG;
      const r: Vec3 = [0, 6800 * Math.cos(lat), 6800 * Math.sin(lat)];
      const view = latOf(earthViewDirection(stateWith(0, sun, r, lat))) / DEG;
      const lo = Math.min(latDeg, 40);
      const hi = Math.max(latDeg, 40);
      expect(view).toBeGreaterThan(lo);
      expect(view).toBeLessThan(hi);
      // Nearer the station than the lights.
      expect(Math.abs(view - latDeg)).toBeLessThan(Math.abs(view - 40));
    }
  });

  it('depends only on the station direction, not its distance', () => {
    const r: Vec3 = [3000, 5000, 3500];
    const a = earthViewDirection(stateWith(0, [0.6, 0.8, 0], r, 0.5));
    const b = earthViewDirection(stateWith(0, [0.6, 0.8, 0], [r[0] * 2, r[1] * 2, r[2] * 2], 0.5));
    expect(a.distanceTo(b)).toBeLessThan(1e-12);
  });

  it('stays a finite unit vector with the station straight under the Sun', () => {
    const dir = earthViewDirection(stateWith(0, sun, [6800, 0, 0], 0));
    expect(Number.isFinite(dir.x + dir.y + dir.z)).toBe(true);
    expect(dir.length()).toBeCloseTo(1, 12);
  });

  it('keeps the day/night line in view through the real MS-19 orbit where the station is near it', () => {
    const at = createSceneStateSource();
    const start = parseUtc('2022-03-30T10:00:00Z');
    let checked = 0;
    for (let k = 0; k < 93; k += 2) {
      const s = at(start + k * 60_000);
      const sunDir = scene(s.sunEci);
      const issDir = scene(s.iss!.eci.r).normalize();
      // The station within 60° of the terminator.
      if (Math.abs(issDir.dot(sunDir)) > Math.cos(30 * DEG)) continue;
      checked++;
      const dir = earthViewDirection(s);
      expect(dir.length()).toBeCloseTo(1, 12);
      const d = dir.dot(sunDir);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThan(0.3);
    }
    expect(checked).toBeGreaterThan(20);
  });
});
