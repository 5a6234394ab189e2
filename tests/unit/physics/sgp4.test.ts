import { describe, expect, it } from 'vitest';
import { PropagationError, propagateTeme, TLE_SENSIBLE_DAYS } from '../../../src/physics/sgp4';
import { MU_EARTH_KM3_S2 } from '../../../src/physics/constants';
import { MS19 } from './validationCases';

describe('propagateTeme', () => {
  it('puts the ISS on a ~420 km near-circular orbit, at orbital speed', () => {
    const s = propagateTeme(MS19.tle, MS19.burnMs);
    const r = Math.hypot(...s.r);
    const v = Math.hypot(...s.v);
    expect(r - 6378).toBeGreaterThan(380);
    expect(r - 6378).toBeLessThan(460);
    expect(v).toBeCloseTo(Math.sqrt(MU_EARTH_KM3_S2 / r), 1);
  });

  it('fills and returns the out object it is given', () => {
    const out = {
      r: [0, 0, 0] as [number, number, number],
      v: [0, 0, 0] as [number, number, number],
    };
    expect(propagateTeme(MS19.tle, MS19.burnMs, out)).toBe(out);
    expect(out.r[0]).not.toBe(0);
  });

  it('refuses to propagate far from the element set’s epoch', () => {
    const far = MS19.tle.epochMs + (TLE_SENSIBLE_DAYS + 1) * 86_400_000;
    expect(() => propagateTeme(MS19.tle, far)).toThrow(PropagationError);
  });
});
