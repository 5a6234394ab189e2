/**
 * The time-sampled descent: columnar Float64Arrays so the app interpolates per frame with no
 * allocation, and so a whole trajectory is a handful of typed arrays (cheap to keep per mission).
 */
import type { TrajectoryTable } from './builder';

/** Flight phases, in order; `phase` columns hold these indices. */
export const PHASES = [
  'burn',
  'coast',
  'descent_module',
  'drogue',
  'main_chute',
  'landed',
] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_INDEX: Readonly<Record<Phase, number>> = {
  burn: 0,
  coast: 1,
  descent_module: 2,
  drogue: 3,
  main_chute: 4,
  landed: 5,
};

export { TrajectoryBuilder, type SampleRow, type TrajectoryTable } from './builder';
/** One interpolated moment of a trajectory. */
export interface TrajectoryPoint {
  ms: number;
  /** TEME position (km) and velocity (km/s). */
  r: [number, number, number];
  v: [number, number, number];
  altKm: number;
  lat: number;
  lon: number;
  speed: number;
  airspeed: number;
  g: number;
  q: number;
  mach: number;
  phase: number;
}

export function newTrajectoryPoint(): TrajectoryPoint {
  return {
    ms: 0,
    r: [0, 0, 0],
    v: [0, 0, 0],
    altKm: 0,
    lat: 0,
    lon: 0,
    speed: 0,
    airspeed: 0,
    g: 0,
    q: 0,
    mach: 0,
    phase: 0,
  };
}

/** Index i with t[i] <= ms < t[i+1], clamped to [0, n-2]. */
export function bracket(t: Float64Array, n: number, ms: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The state at any instant, clamped to the table's span: position by cubic Hermite from the
 * sampled positions and velocities (smooth and consistent with the motion), everything else
 * linearly. Allocates nothing when given `out`.
 */
export function sampleAt(
  tr: TrajectoryTable,
  ms: number,
  out: TrajectoryPoint = newTrajectoryPoint(),
): TrajectoryPoint {
  const n = tr.length;
  if (n === 0) throw new RangeError('empty trajectory');
  if (n === 1 || ms <= tr.t[0]!) return copyRow(tr, 0, out, tr.t[0]!);
  if (ms >= tr.t[n - 1]!) return copyRow(tr, n - 1, out, tr.t[n - 1]!);
  const i = bracket(tr.t, n, ms);
  const j = i + 1;
  const h = (tr.t[j]! - tr.t[i]!) / 1000; // s
  const s = (ms - tr.t[i]!) / 1000 / h;
  const s2 = s * s;
  const s3 = s2 * s;
  const h00 = 2 * s3 - 3 * s2 + 1;
  const h10 = (s3 - 2 * s2 + s) * h;
  const h01 = -2 * s3 + 3 * s2;
  const h11 = (s3 - s2) * h;
  out.ms = ms;
  out.r[0] = h00 * tr.x[i]! + h10 * tr.vx[i]! + h01 * tr.x[j]! + h11 * tr.vx[j]!;
  out.r[1] = h00 * tr.y[i]! + h10 * tr.vy[i]! + h01 * tr.y[j]! + h11 * tr.vy[j]!;
  out.r[2] = h00 * tr.z[i]! + h10 * tr.vz[i]! + h01 * tr.z[j]! + h11 * tr.vz[j]!;
  out.v[0] = tr.vx[i]! + (tr.vx[j]! - tr.vx[i]!) * s;
  out.v[1] = tr.vy[i]! + (tr.vy[j]! - tr.vy[i]!) * s;
  out.v[2] = tr.vz[i]! + (tr.vz[j]! - tr.vz[i]!) * s;
  out.altKm = tr.altKm[i]! + (tr.altKm[j]! - tr.altKm[i]!) * s;
  out.lat = tr.lat[i]! + (tr.lat[j]! - tr.lat[i]!) * s;
  // Longitude may wrap at ±180° between samples.
  let dLon = tr.lon[j]! - tr.lon[i]!;
  if (dLon > 180) dLon -= 360;
  else if (dLon < -180) dLon += 360;
  let lon = tr.lon[i]! + dLon * s;
  if (lon > 180) lon -= 360;
  else if (lon <= -180) lon += 360;
  out.lon = lon;
  out.speed = tr.speed[i]! + (tr.speed[j]! - tr.speed[i]!) * s;
  out.airspeed = tr.airspeed[i]! + (tr.airspeed[j]! - tr.airspeed[i]!) * s;
  out.g = tr.g[i]! + (tr.g[j]! - tr.g[i]!) * s;
  out.q = tr.q[i]! + (tr.q[j]! - tr.q[i]!) * s;
  out.mach = tr.mach[i]! + (tr.mach[j]! - tr.mach[i]!) * s;
  out.phase = tr.phase[i]!;
  return out;
}

function copyRow(
  tr: TrajectoryTable,
  i: number,
  out: TrajectoryPoint,
  ms: number,
): TrajectoryPoint {
  out.ms = ms;
  out.r[0] = tr.x[i]!;
  out.r[1] = tr.y[i]!;
  out.r[2] = tr.z[i]!;
  out.v[0] = tr.vx[i]!;
  out.v[1] = tr.vy[i]!;
  out.v[2] = tr.vz[i]!;
  out.altKm = tr.altKm[i]!;
  out.lat = tr.lat[i]!;
  out.lon = tr.lon[i]!;
  out.speed = tr.speed[i]!;
  out.airspeed = tr.airspeed[i]!;
  out.g = tr.g[i]!;
  out.q = tr.q[i]!;
  out.mach = tr.mach[i]!;
  out.phase = tr.phase[i]!;
  return out;
}
