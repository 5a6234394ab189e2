import { MU_EARTH_KM3_S2, WGS84_A_KM } from '../constants';

/**
 * Earth's second zonal harmonic (unnormalised), EGM96 / WGS-84: J2 = -C20 * sqrt(5) with
 * C20 = -4.84165371736e-4. J2 moves a descent's landing point by kilometres (the ground track
 * is ~20 km off with a point-mass Earth over a 50-minute descent), so it is worth its cost.
 */
export const J2 = 1.08262668e-3;

/**
 * Gravitational acceleration with J2, km/s^2, in an Earth-centred frame whose z axis is the
 * rotation axis (TEME is, to the precision that matters here). Writes into `out` at `offset`
 * so the integrator's inner loop allocates nothing.
 */
export function gravityJ2(
  x: number,
  y: number,
  z: number,
  out: Float64Array | number[],
  offset = 0,
): void {
  const r2 = x * x + y * y + z * z;
  const r = Math.sqrt(r2);
  const mur3 = MU_EARTH_KM3_S2 / (r2 * r);
  const k = (1.5 * J2 * WGS84_A_KM * WGS84_A_KM) / r2;
  const zz = (5 * z * z) / r2;
  const fxy = -mur3 * (1 + k * (1 - zz));
  out[offset] = fxy * x;
  out[offset + 1] = fxy * y;
  out[offset + 2] = -mur3 * (1 + k * (3 - zz)) * z;
}
