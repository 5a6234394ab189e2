import { describe, expect, it } from 'vitest';
import { cwPropagate, departureStateAt, simulateDeparture } from '../../../src/physics/departure';
import { propagateTeme } from '../../../src/physics/sgp4';
import { parseUtc } from '../../../src/physics/time';
import { MS19 } from './validationCases';

describe('departure from the ISS', () => {
  const undockMs = parseUtc('2022-03-30T07:21:03Z');
  const d = simulateDeparture({ tle: MS19.tle, undockMs, endMs: MS19.burnMs, port: 'nadir' });

  it('starts at the station and lists the sourced sequence', () => {
    expect(d.samples.radialM[0]).toBe(0);
    expect(d.events.map((e) => e.type)).toEqual([
      'undocking',
      'separation_burn_1',
      'separation_burn_2',
    ]);
    expect(d.events[1]!.ms - undockMs).toBe(180_000);
    const iss = propagateTeme(MS19.tle, undockMs).r;
    expect(Math.hypot(d.samples.x[0]! - iss[0], d.samples.y[0]! - iss[1])).toBeLessThan(1e-9);
  });

  it('moves away at the spring speed at first (0.12 m/s, downwards from a nadir port)', () => {
    // 60 s after undocking: ~7 m below, drifting ahead.
    const i = 6;
    expect(d.samples.radialM[i]!).toBeLessThan(-6);
    expect(d.samples.radialM[i]!).toBeGreaterThan(-8);
  });

  it('moves kilometres from the station (radial pushes give bounded CW loops)', () => {
    let max = 0;
    for (let i = 0; i < d.samples.length; i++) {
      max = Math.max(max, Math.hypot(d.samples.radialM[i]!, d.samples.alongM[i]!));
    }
    expect(max).toBeGreaterThan(1_000);
    expect(max).toBeLessThan(20_000);
  });

  it('CW propagation keeps a circular-orbit neighbour still and is periodic radially', () => {
    const n = 0.00113;
    const p = cwPropagate([0, 1, 0, 0, 0, 0], n, 5000);
    expect(p[1]).toBeCloseTo(1, 12);
    const q = cwPropagate([0, 0, 0.5, 0, 0, 0], n, (2 * Math.PI) / n);
    expect(q[2]).toBeCloseTo(0.5, 9);
  });
});

describe('departureStateAt', () => {
  const undockMs = parseUtc('2022-03-30T07:21:03Z');
  it('agrees with the sampled departure and moves a few m/s from the station', () => {
    const d = simulateDeparture({ tle: MS19.tle, undockMs, endMs: MS19.burnMs, port: 'nadir' });
    const n = d.samples.length - 1;
    const st = departureStateAt({ tle: MS19.tle, undockMs, port: 'nadir' }, d.samples.t[n]!);
    expect(Math.abs(st.r[0] - d.samples.x[n]!)).toBeLessThan(1e-9);
    const iss = propagateTeme(MS19.tle, d.samples.t[n]!);
    const dv = Math.hypot(st.v[0] - iss.v[0], st.v[1] - iss.v[1], st.v[2] - iss.v[2]) * 1000;
    expect(dv).toBeGreaterThan(0.1);
    expect(dv).toBeLessThan(10);
  });
});
