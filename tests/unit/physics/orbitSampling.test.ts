import { describe, expect, it } from 'vitest';
import { ecefToGeodetic } from '../../../src/physics/frames';
import { orbitalPeriodMs, sampleOrbit } from '../../../src/physics/orbitSampling';
import { propagateTeme } from '../../../src/physics/sgp4';
import { MS19 } from './validationCases';

describe('orbit sampling', () => {
  it('the ISS’s period is about 92-93 minutes', () => {
    const min = orbitalPeriodMs(MS19.tle) / 60_000;
    expect(min).toBeGreaterThan(91);
    expect(min).toBeLessThan(94);
  });

  it('samples the inertial orbit and the ground track lifted above the ellipsoid', () => {
    const n = 9;
    const inertial = new Float64Array(3 * n);
    const ground = new Float64Array(3 * n);
    const span = orbitalPeriodMs(MS19.tle) / 2;
    sampleOrbit(MS19.tle, MS19.burnMs, span, n, 5, inertial, ground);
    const mid = propagateTeme(MS19.tle, MS19.burnMs);
    expect(Array.from(inertial.slice(12, 15))).toEqual(mid.r);
    for (let i = 0; i < n; i++) {
      const g = ecefToGeodetic([ground[3 * i]!, ground[3 * i + 1]!, ground[3 * i + 2]!]);
      expect(g.altKm).toBeCloseTo(5, 6);
      expect(Math.abs(g.lat)).toBeLessThan((52 * Math.PI) / 180);
    }
  });
});
