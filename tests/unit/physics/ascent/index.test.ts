import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { nearestTle } from '../../../../src/data/issTles';
import {
  ASCENT_EVENT_TYPES,
  ASCENT_PHASES,
  AscentError,
  simulateAscent,
  SOYUZ_NOMINAL_ASCENT,
} from '../../../../src/physics/ascent';
import { newTrajectoryPoint, sampleAt } from '../../../../src/physics/descent/index';
import { haversineKm } from '../../../../src/physics/frames';
import { propagateTeme } from '../../../../src/physics/sgp4';
import { parseUtc } from '../../../../src/physics/time';

// Inputs read from the catalogue, never retyped.
const m = findMission('soyuz-ms-22-launch')!;
const liftoffMs = parseUtc(m.launch!.time_utc);
const dockingMs = parseUtc(m.timeline.find((e) => e.event === 'docking')!.time_utc!);
// The catalogue's schema keeps no pad height; simulateAscent's default is Site 31's ~104 m.
const pad = { lat: m.launch!.pad_lat!, lon: m.launch!.pad_lon! };
const tle = nearestTle(liftoffMs)!;
const r = simulateAscent({ tle, liftoffMs, dockingMs, pad });
const s = r.samples;
const insertionMs = liftoffMs + SOYUZ_NOMINAL_ASCENT.spacecraftSeparationS * 1000;
const DEG = Math.PI / 180;

function indexAt(ms: number): number {
  let i = 0;
  while (i < s.length - 1 && s.t[i + 1]! <= ms) i++;
  return i;
}

describe('Soyuz MS-22 ascent and rendezvous (approximate)', () => {
  it('flags everything approximate and lists the events in order', () => {
    expect(r.approximate).toBe(true);
    expect(r.insertion.approximate).toBe(true);
    expect(r.events.every((e) => e.approximate)).toBe(true);
    expect(r.events.map((e) => e.type)).toEqual([...ASCENT_EVENT_TYPES]);
    expect(r.events[0]!.ms).toBe(liftoffMs);
    expect(r.events.at(-1)!.ms).toBe(dockingMs);
    expect(r.insertionMs).toBe(insertionMs);
  });

  it('starts on the pad (within 1 km) at rest on the turning Earth', () => {
    expect(s.t[0]).toBe(liftoffMs);
    const km = haversineKm(s.lat[0]! * DEG, s.lon[0]! * DEG, pad.lat * DEG, pad.lon * DEG);
    expect(km).toBeLessThan(1);
    expect(Math.abs(s.altKm[0]! - 0.104)).toBeLessThan(0.01);
    expect(s.airspeed[0]).toBeLessThan(1e-9);
  });

  it('climbs steadily to insertion, near the nominal stage altitudes', () => {
    const end = indexAt(insertionMs);
    for (let i = 1; i <= end; i++) expect(s.altKm[i]!).toBeGreaterThanOrEqual(s.altKm[i - 1]!);
    const alt = (ms: number) => s.altKm[indexAt(ms)]!;
    const n = SOYUZ_NOMINAL_ASCENT;
    expect(Math.abs(alt(liftoffMs + n.firstStageSeparationS * 1000) - 45)).toBeLessThan(8);
    expect(Math.abs(alt(liftoffMs + n.secondStageSeparationS * 1000) - 157)).toBeLessThan(8);
    // Heading north-east out of Baikonur.
    const i = indexAt(liftoffMs + 200_000);
    expect(s.lat[i]!).toBeGreaterThan(pad.lat);
    expect(s.lon[i]!).toBeGreaterThan(pad.lon);
  });

  it('reaches >190 km at ~7.8 km/s at insertion, T+529 s, into ~200 x 242 km', () => {
    const out = sampleAt(s, insertionMs, newTrajectoryPoint());
    expect(out.altKm).toBeGreaterThan(190);
    expect(out.speed).toBeGreaterThan(7.7);
    expect(out.speed).toBeLessThan(7.9);
    expect((insertionMs - liftoffMs) / 1000).toBeCloseTo(529.2, 1);
    expect(r.insertion.perigeeKm).toBeCloseTo(200, 0);
    expect(r.insertion.apogeeKm).toBeCloseTo(242, 0);
    // Interfax: spacecraft separation at 14:03 UTC (to the minute).
    expect(new Date(insertionMs).toISOString().slice(11, 16)).toBe('14:03');
  });

  it('flies in the ISS plane: inclination within 0.2° of the station’s', () => {
    const i = indexAt(insertionMs);
    const rr = [s.x[i]!, s.y[i]!, s.z[i]!];
    const vv = [s.vx[i]!, s.vy[i]!, s.vz[i]!];
    const hz = rr[0]! * vv[1]! - rr[1]! * vv[0]!;
    const hx = rr[1]! * vv[2]! - rr[2]! * vv[1]!;
    const hy = rr[2]! * vv[0]! - rr[0]! * vv[2]!;
    const inc = Math.acos(hz / Math.hypot(hx, hy, hz)) / DEG;
    expect(Math.abs(inc - r.insertion.issInclinationDeg)).toBeLessThan(0.2);
    expect(Math.abs(inc - 51.64)).toBeLessThan(0.2);
  });

  it('stays in orbit during the rendezvous and ends on the ISS at docking', () => {
    const from = indexAt(insertionMs);
    for (let i = from; i < s.length; i++) expect(s.altKm[i]!).toBeGreaterThan(180);
    const n = s.length - 1;
    expect(s.t[n]).toBe(dockingMs);
    expect(s.phase[n]).toBe(ASCENT_PHASES.indexOf('docked'));
    const iss = propagateTeme(tle, dockingMs);
    const d = Math.hypot(s.x[n]! - iss.r[0], s.y[n]! - iss.r[1], s.z[n]! - iss.r[2]);
    expect(d).toBeLessThan(1);
    const dv = Math.hypot(s.vx[n]! - iss.v[0], s.vy[n]! - iss.v[1], s.vz[n]! - iss.v[2]);
    expect(dv).toBeLessThan(0.01);
    // A minute before docking it is already close.
    const out = sampleAt(s, dockingMs - 60_000, newTrajectoryPoint());
    const iss1 = propagateTeme(tle, dockingMs - 60_000);
    expect(
      Math.hypot(out.r[0] - iss1.r[0], out.r[1] - iss1.r[1], out.r[2] - iss1.r[2]),
    ).toBeLessThan(5);
  });

  it('has a smooth table: increasing times, continuous speed, sane loads', () => {
    for (let i = 1; i < s.length; i++) {
      expect(s.t[i]!).toBeGreaterThan(s.t[i - 1]!);
      expect(Math.abs(s.speed[i]! - s.speed[i - 1]!)).toBeLessThan(0.05);
      expect(s.g[i]!).toBeLessThan(4.5);
    }
  });

  it('refuses an insertion time the nominal profile cannot fly', () => {
    expect(() =>
      simulateAscent({ tle, liftoffMs, insertionMs: liftoffMs + 200_000, dockingMs, pad }),
    ).toThrow(AscentError);
  });
});
