import { describe, expect, it } from 'vitest';
import { DEG, WGS84_A_KM, WGS84_B_KM, WGS84_E2 } from '../../../src/physics/constants';

describe('constants', () => {
  it('one DEG, and the WGS-84 ellipsoid', () => {
    expect(180 * DEG).toBe(Math.PI);
    expect(WGS84_A_KM - WGS84_B_KM).toBeCloseTo(21.385, 3);
    expect(WGS84_E2).toBeCloseTo(0.00669438, 8);
  });
});
