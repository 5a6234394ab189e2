import { describe, expect, it } from 'vitest';
import { cross, dot, norm, unit, vec3, type Vec3 } from '../../../src/physics/vec3';

describe('vec3', () => {
  it('norm, dot and a right-handed cross product', () => {
    expect(norm([3, 4, 12])).toBe(13);
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
    expect(cross([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
    expect(vec3()).toEqual([0, 0, 0]);
  });

  it('cross and unit may write into one of their inputs', () => {
    const a: Vec3 = [0, 1, 0];
    expect(cross(a, [0, 0, 1], a)).toBe(a);
    expect(a).toEqual([1, 0, 0]);
    const v: Vec3 = [0, 3, 4];
    expect(unit(v, v)).toBe(v);
    expect(v).toEqual([0, 0.6, 0.8]);
    expect(norm(unit([1e-3, -2e-3, 5e-4]))).toBeCloseTo(1, 15);
  });
});
