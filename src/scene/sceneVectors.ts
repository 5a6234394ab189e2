import type { Vector3 } from 'three';
import type { Vec3 } from '../physics/vec3';

/** Physics (z north) to scene (y north), written into a three.js vector without allocating. */
export function setSceneVector(target: Vector3, r: Readonly<Vec3>, scale = 1): Vector3 {
  return target.set(r[0] * scale, r[2] * scale, -r[1] * scale);
}
