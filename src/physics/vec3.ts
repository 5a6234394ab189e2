/** A float64 3-vector. Plain tuples keep the physics free of three.js. */
export type Vec3 = [number, number, number];

export const vec3 = (x = 0, y = 0, z = 0): Vec3 => [x, y, z];

export function norm(v: Readonly<Vec3>): number {
  return Math.hypot(v[0], v[1], v[2]);
}

export function dot(a: Readonly<Vec3>, b: Readonly<Vec3>): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross(a: Readonly<Vec3>, b: Readonly<Vec3>, out: Vec3 = [0, 0, 0]): Vec3 {
  const x = a[1] * b[2] - a[2] * b[1];
  const y = a[2] * b[0] - a[0] * b[2];
  const z = a[0] * b[1] - a[1] * b[0];
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return out;
}

/** v / |v|. */
export function unit(v: Readonly<Vec3>, out: Vec3 = [0, 0, 0]): Vec3 {
  const n = norm(v);
  out[0] = v[0] / n;
  out[1] = v[1] / n;
  out[2] = v[2] / n;
  return out;
}
