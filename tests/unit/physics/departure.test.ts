import { describe, expect, it } from 'vitest';
import { cwPropagate, simulateDeparture } from '../../../src/physics/departure';
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
