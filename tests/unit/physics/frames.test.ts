import { describe, expect, it } from 'vitest';
import { eciToEcf, eciToGeodetic, geodeticToEcf, gstime, propagate } from 'satellite.js';
import {
  ecefToEci,
  ecefToGeodetic,
  eciToEcef,
  geodeticAltKm,
  geodeticToEcef,
  haversineKm,
  toScene,
} from '../../../src/physics/frames';
import { DEG } from '../../../src/physics/constants';
import { gmstRad, parseUtc } from '../../../src/physics/time';
import { parseTle } from '../../../src/physics/tle';
import { issTles } from '../../../src/data/issTles';
import type { Vec3 } from '../../../src/physics/vec3';

describe('sidereal time and frames', () => {
  it('GMST matches satellite.js and is in [0, 2π)', () => {
    for (const iso of ['2016-03-02T03:32:00Z', '2022-03-30T10:34:00Z', '2022-09-21T13:54:49Z']) {
      const ms = parseUtc(iso);
      expect(gmstRad(ms)).toBeCloseTo(gstime(new Date(ms)), 12);
      expect(gmstRad(ms)).toBeGreaterThanOrEqual(0);
      expect(gmstRad(ms)).toBeLessThan(2 * Math.PI);
    }
  });

  it('ECI→ECEF agrees with satellite.js for the real ISS state', () => {
    const tle = parseTle(issTles[0]!.line1, issTles[0]!.line2);
    const date = new Date(tle.epochMs + 3_600_000);
    const pv = propagate(tle.satrec, date)!;
    const g = gstime(date);
    const r: Vec3 = [pv.position.x, pv.position.y, pv.position.z];
    const ours = eciToEcef(r, g);
    const theirs = eciToEcf(pv.position, g);
    expect(ours[0]).toBeCloseTo(theirs.x, 9);
    expect(ours[1]).toBeCloseTo(theirs.y, 9);
    expect(ours[2]).toBeCloseTo(theirs.z, 9);
    const back = ecefToEci(ours, g);
    back.forEach((v, i) => expect(v).toBeCloseTo(r[i]!, 9));
  });

  it('geodetic conversion agrees with satellite.js (WGS-84) to metres', () => {
    const tle = parseTle(issTles[3]!.line1, issTles[3]!.line2);
    for (let k = 0; k < 12; k++) {
      const date = new Date(tle.epochMs + k * 480_000);
      const pv = propagate(tle.satrec, date)!;
      const g = gstime(date);
      const ours = ecefToGeodetic(eciToEcef([pv.position.x, pv.position.y, pv.position.z], g));
      const theirs = eciToGeodetic(pv.position, g);
      expect(ours.lat).toBeCloseTo(theirs.latitude, 6);
      expect(Math.cos(ours.lon - theirs.longitude)).toBeCloseTo(1, 9);
      expect(Math.abs(ours.altKm - theirs.height)).toBeLessThan(0.005);
    }
  });

  it('geodetic → ECEF → geodetic round-trips, and matches satellite.js', () => {
    const lat = 47.41 * DEG;
    const lon = 69.64 * DEG;
    const r = geodeticToEcef(lat, lon, 0.35);
    const ref = geodeticToEcf({ latitude: lat, longitude: lon, height: 0.35 });
    expect(r[0]).toBeCloseTo(ref.x, 6);
    expect(r[2]).toBeCloseTo(ref.z, 6);
    const g = ecefToGeodetic(r);
    expect(g.lat).toBeCloseTo(lat, 10);
    expect(g.lon).toBeCloseTo(lon, 10);
    expect(g.altKm).toBeCloseTo(0.35, 6);
  });

  it('scene frame is a proper rotation with the pole up', () => {
    expect(toScene([0, 0, 1])).toEqual([0, 1, -0]);
    const [x, y, z] = toScene([3, 4, 12]);
    expect(Math.hypot(x, y, z)).toBeCloseTo(13, 12);
  });

  it('haversine reproduces the distances SOURCES.md computes from Zhezkazgan', () => {
    // TMA-16M landing 47.36278 N 69.64333 E: 153.1 km from Zhezkazgan (47.7833 N, 67.7 E).
    expect(haversineKm(47.7833 * DEG, 67.7 * DEG, 47.36278 * DEG, 69.64333 * DEG)).toBeCloseTo(
      153.1,
      0,
    );
  });
});

describe('one rotation and one geodetic conversion for the whole physics', () => {
  it('rotates the position part of a state array in place, and back exactly', () => {
    const s = Float64Array.of(4000, -5000, 2500, 7, 8, 9);
    const copy = Float64Array.from(s);
    expect(eciToEcef(s, 1.234, s)).toBe(s);
    expect(Array.from(s.slice(3))).toEqual([7, 8, 9]);
    expect(Math.hypot(s[0]!, s[1]!)).toBeCloseTo(Math.hypot(4000, -5000), 9);
    ecefToEci(s, 1.234, s);
    for (let i = 0; i < 3; i++) expect(s[i]).toBeCloseTo(copy[i]!, 9);
  });

  it('ecefToEci is eciToEcef by the negative angle, bit for bit', () => {
    const r: Vec3 = [6500.123, -1234.5, 987.6];
    for (const th of [0.3, 2.9, 5.5, 123.4]) {
      expect(ecefToEci(r, th)).toEqual(eciToEcef(r, -th));
      const c = Math.cos(th);
      const s = Math.sin(th);
      expect(ecefToEci(r, th)).toEqual([c * r[0] - s * r[1], s * r[0] + c * r[1], r[2]]);
    }
  });

  it('geodeticAltKm agrees with ecefToGeodetic to well under a millimetre, at any rotation', () => {
    for (const [lat, lon, h] of [
      [0, 0, 400],
      [51.6, 120, 140],
      [-47, -70, 10.7],
      [89.9, 10, 0.35],
      [47.4, 69.6, 0.3508],
    ] as const) {
      const e = geodeticToEcef(lat * DEG, lon * DEG, h);
      expect(Math.abs(geodeticAltKm(e[0], e[1], e[2]) - h)).toBeLessThan(1e-6);
      expect(Math.abs(geodeticAltKm(e[0], e[1], e[2]) - ecefToGeodetic(e).altKm)).toBeLessThan(
        1e-6,
      );
      const r = eciToEcef(e, 2.2);
      expect(geodeticAltKm(r[0], r[1], r[2])).toBeCloseTo(geodeticAltKm(e[0], e[1], e[2]), 9);
    }
  });
});
