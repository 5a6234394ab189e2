import { describe, expect, it } from 'vitest';
import { MU_EARTH_KM3_S2 } from '../../../../src/physics/constants';
import { gravityJ2, J2 } from '../../../../src/physics/earth/gravity';

describe('gravityJ2', () => {
  it('is the point-mass pull plus a J2 term of about a thousandth', () => {
    const out = new Float64Array(3);
    const r = 6778;
    gravityJ2(r, 0, 0, out);
    const point = MU_EARTH_KM3_S2 / (r * r);
    // On the equator J2 adds 1.5 J2 (a/r)^2 of the point-mass pull, inward.
    expect(-out[0]! / point - 1).toBeCloseTo(1.5 * J2 * (6378.137 / r) ** 2, 12);
    expect(out[1]).toBeCloseTo(0, 15);
    expect(out[2]).toBeCloseTo(0, 15);
  });

  it('writes at the offset it is given (the integrator’s state layout)', () => {
    const out = [9, 9, 9, 0, 0, 0];
    gravityJ2(0, 0, 7000, out, 3);
    expect(out.slice(0, 3)).toEqual([9, 9, 9]);
    expect(out[5]).toBeLessThan(0);
    expect(out[3]).toBeCloseTo(0, 15);
  });
});
