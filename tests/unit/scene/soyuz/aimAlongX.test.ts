import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { aimAlongX } from '../../../../src/scene/soyuz/aimAlongX';

describe('aimAlongX: the model turned so its nose (+X) points along the state’s nose', () => {
  it.each([
    [1, 0, 0],
    [-1, 0, 0],
    [0, 1, 0],
    [0, -1, 0],
    [0.5, 0.866, 0],
    [0.3, -0.2, 0.9],
  ])('+X goes to (%f, %f, %f)', (x, y, z) => {
    const q = aimAlongX(x, y, z, new Quaternion());
    const nose = new Vector3(1, 0, 0).applyQuaternion(q);
    const want = new Vector3(x, y, z).normalize();
    expect(nose.distanceTo(want)).toBeLessThan(1e-9);
  });

  it('keeps the model upright (its +Y up) while the nose is level', () => {
    const q = aimAlongX(-1, 0, 0, new Quaternion());
    expect(new Vector3(0, 1, 0).applyQuaternion(q).y).toBeCloseTo(1, 9);
  });
});
