import { Matrix4, Vector3, type Quaternion } from 'three';

const x = new Vector3();
const y = new Vector3();
const z = new Vector3();
const m = new Matrix4();

/**
 * The rotation taking +X to `dir` (a unit vector, flight frame [forward, up, right]), keeping
 * the model's +Y as near to up as it can (to forward when `dir` is near vertical), so the
 * windows and hatch do not roll about as the axis turns. Writes `out`, allocates nothing.
 */
export function aimAlongX(dirX: number, dirY: number, dirZ: number, out: Quaternion): Quaternion {
  x.set(dirX, dirY, dirZ).normalize();
  if (Math.abs(x.y) < 0.9) y.set(0, 1, 0);
  else y.set(-Math.sign(x.y), 0, 0);
  z.crossVectors(x, y).normalize();
  y.crossVectors(z, x);
  m.makeBasis(x, y, z);
  return out.setFromRotationMatrix(m);
}
