/**
 * U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562 / NASA-TM-X-74335).
 *
 * - 0 to 86 km: the standard's own defining layer table (geopotential height, molecular-scale
 *   temperature lapse rates, hydrostatic pressure), so it reproduces the published tables.
 * - 86 to 1000 km: the standard does not give a closed form for density there (it integrates
 *   species diffusion), so density is a monotone cubic Hermite curve through the published
 *   1976 densities in log space, joined to the lower model with matching value and slope at
 *   86 km (smooth: no kink for the integrator to trip on). Kinetic temperature above 86 km is
 *   the standard's four defining segments (isothermal, elliptical, linear, exponential).
 *
 * Table values (geometric altitude, kg/m^3) as published in the 1976 standard and reproduced
 * e.g. in Curtis, "Orbital Mechanics for Engineering Students", Table 10.1.
 */

const R0_KM = 6356.766; // effective Earth radius for geopotential height (USSA76)
const G0 = 9.80665; // m/s^2
const M0 = 28.9644; // kg/kmol, sea-level mean molecular weight
const RSTAR = 8314.32; // J/(kmol K), the 1976 value of the gas constant
const GAMMA = 1.4;
/** g0 M0 / R*, in K per km of geopotential height: the hydrostatic constant. */
const GMR = ((G0 * M0) / RSTAR) * 1000;

/** Base geopotential height (km'), lapse rate (K/km'): the standard's Table 4. */
const LAYER_H = [0, 11, 20, 32, 47, 51, 71, 84.852];
const LAYER_L = [-6.5, 0, 1.0, 2.8, 0, -2.8, -2.0, 0];
const LAYER_T = new Float64Array(LAYER_H.length);
const LAYER_P = new Float64Array(LAYER_H.length);
(() => {
  let t = 288.15;
  let p = 101325;
  for (let i = 0; i < LAYER_H.length; i++) {
    LAYER_T[i] = t;
    LAYER_P[i] = p;
    const next = LAYER_H[i + 1];
    if (next === undefined) break;
    const dh = next - LAYER_H[i]!;
    const l = LAYER_L[i]!;
    const t1 = t + l * dh;
    p = l === 0 ? p * Math.exp((-GMR * dh) / t) : p * Math.pow(t / t1, GMR / l);
    t = t1;
  }
})();

/** Geometric altitude where the layer model hands over to the fitted upper curve. */
export const USSA76_TOP_KM = 86;

/** Published USSA76 densities above 86 km (geometric km, kg/m^3). */
export const USSA76_UPPER_TABLE: readonly (readonly [number, number])[] = [
  [86, 6.958e-6],
  [90, 3.416e-6],
  [100, 5.604e-7],
  [110, 9.708e-8],
  [120, 2.222e-8],
  [130, 8.152e-9],
  [140, 3.831e-9],
  [150, 2.076e-9],
  [180, 5.194e-10],
  [200, 2.541e-10],
  [250, 6.073e-11],
  [300, 1.916e-11],
  [350, 7.014e-12],
  [400, 2.803e-12],
  [450, 1.184e-12],
  [500, 5.215e-13],
  [600, 1.137e-13],
  [700, 3.07e-14],
  [800, 1.136e-14],
  [900, 5.759e-15],
  [1000, 3.561e-15],
];

function geopotentialKm(zKm: number): number {
  return (R0_KM * zKm) / (R0_KM + zKm);
}

function layerIndex(hKm: number): number {
  let i = 0;
  while (i < LAYER_H.length - 1 && hKm >= LAYER_H[i + 1]!) i++;
  return i;
}

/** Molecular-scale temperature (K) and pressure (Pa) below 86 km. */
function lowerTP(zKm: number, out: Float64Array): void {
  const h = geopotentialKm(zKm);
  const i = layerIndex(h);
  const hb = LAYER_H[i]!;
  const tb = LAYER_T[i]!;
  const pb = LAYER_P[i]!;
  const l = LAYER_L[i]!;
  const tm = tb + l * (h - hb);
  out[0] = tm;
  out[1] = l === 0 ? pb * Math.exp((-GMR * (h - hb)) / tb) : pb * Math.pow(tb / tm, GMR / l);
}

const scratch = new Float64Array(2);

function lowerDensity(zKm: number): number {
  lowerTP(zKm, scratch);
  return (scratch[1]! * M0) / (RSTAR * scratch[0]!);
}

// --- Upper curve: monotone cubic Hermite (Fritsch–Carlson) through ln ρ. ---
const UZ = Float64Array.from(USSA76_UPPER_TABLE, (r) => r[0]);
const ULN = Float64Array.from(USSA76_UPPER_TABLE, (r) => Math.log(r[1]));
const USLOPE = new Float64Array(UZ.length);
(() => {
  const n = UZ.length;
  const d = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i++) d[i] = (ULN[i + 1]! - ULN[i]!) / (UZ[i + 1]! - UZ[i]!);
  for (let i = 1; i < n - 1; i++) {
    const a = d[i - 1]!;
    const b = d[i]!;
    // Harmonic mean keeps the curve monotone between the published points.
    USLOPE[i] = a * b <= 0 ? 0 : (2 * a * b) / (a + b);
  }
  // At 86 km take the slope of the layer model itself, so ln ρ is C1 across the join.
  const h = 1e-3;
  USLOPE[0] = (Math.log(lowerDensity(86)) - Math.log(lowerDensity(86 - h))) / h;
  USLOPE[n - 1] = d[n - 2]!;
})();
// The layer model gives 6.9579e-6 at 86 km; shift the first node by that tiny amount (0.01 %)
// so the curve is continuous, not just close.
ULN[0] = Math.log(lowerDensity(86));

function upperLnDensity(zKm: number): number {
  const n = UZ.length;
  if (zKm >= UZ[n - 1]!) return ULN[n - 1]! + USLOPE[n - 1]! * (zKm - UZ[n - 1]!);
  let i = 0;
  while (zKm >= UZ[i + 1]!) i++;
  const z0 = UZ[i]!;
  const hgt = UZ[i + 1]! - z0;
  const s = (zKm - z0) / hgt;
  const s2 = s * s;
  const s3 = s2 * s;
  return (
    (2 * s3 - 3 * s2 + 1) * ULN[i]! +
    (s3 - 2 * s2 + s) * hgt * USLOPE[i]! +
    (-2 * s3 + 3 * s2) * ULN[i + 1]! +
    (s3 - s2) * hgt * USLOPE[i + 1]!
  );
}

/** Air density, kg/m^3, at a geometric altitude in km (clamped below at -5 km). */
export function densityKgM3(altKm: number): number {
  if (altKm < USSA76_TOP_KM) return lowerDensity(altKm < -5 ? -5 : altKm);
  return Math.exp(upperLnDensity(altKm));
}

/** Kinetic temperature above 86 km from the standard's defining segments (K). */
function upperTemperature(zKm: number): number {
  if (zKm < 91) return 186.8673;
  if (zKm < 110) {
    const x = (zKm - 91) / -19.9429;
    return 263.1905 - 76.3232 * Math.sqrt(Math.max(0, 1 - x * x));
  }
  if (zKm < 120) return 240 + 12 * (zKm - 110);
  const xi = ((zKm - 120) * (R0_KM + 120)) / (R0_KM + zKm);
  return 1000 - (1000 - 360) * Math.exp(-0.01875 * xi);
}

/** Mean molecular weight ratio M/M0 from 80 to 86 km (the standard's Table 8). */
const MW_RATIO = [
  1.0, 0.999996, 0.999989, 0.999971, 0.999941, 0.999909, 0.99987, 0.999829, 0.999786, 0.999741,
  0.999694, 0.999641, 0.999579,
];

export interface AtmosphereState {
  /** kg/m^3 */
  densityKgM3: number;
  /** Pa */
  pressurePa: number;
  /** Kinetic temperature, K. */
  temperatureK: number;
  /** m/s */
  speedOfSoundMs: number;
}

/**
 * The full atmospheric state at a geometric altitude (km). Above 86 km the standard does not
 * define a speed of sound; the value given uses the kinetic temperature and sea-level air, which
 * is enough to label a Mach number. Pressure there is ρ R* T / M0, an approximation (the real
 * mean molecular weight falls with height).
 */
export function atmosphere(altKm: number, out?: AtmosphereState): AtmosphereState {
  const s = out ?? { densityKgM3: 0, pressurePa: 0, temperatureK: 0, speedOfSoundMs: 0 };
  if (altKm < USSA76_TOP_KM) {
    const z = altKm < -5 ? -5 : altKm;
    lowerTP(z, scratch);
    const tm = scratch[0]!;
    const p = scratch[1]!;
    let ratio = 1;
    if (z > 80) {
      const f = (z - 80) * 2;
      const k = Math.min(MW_RATIO.length - 2, Math.floor(f));
      ratio = MW_RATIO[k]! + (MW_RATIO[k + 1]! - MW_RATIO[k]!) * (f - k);
    }
    s.densityKgM3 = (p * M0) / (RSTAR * tm);
    s.pressurePa = p;
    s.temperatureK = tm * ratio;
    s.speedOfSoundMs = Math.sqrt((GAMMA * RSTAR * tm) / M0);
    return s;
  }
  const rho = Math.exp(upperLnDensity(altKm));
  const t = upperTemperature(altKm);
  s.densityKgM3 = rho;
  s.temperatureK = t;
  s.pressurePa = (rho * RSTAR * t) / M0;
  s.speedOfSoundMs = Math.sqrt((GAMMA * RSTAR * t) / M0);
  return s;
}

/** Speed of sound, m/s (see atmosphere() for its meaning above 86 km). */
export function speedOfSoundMs(altKm: number): number {
  if (altKm < USSA76_TOP_KM) {
    lowerTP(altKm < -5 ? -5 : altKm, scratch);
    return Math.sqrt((GAMMA * RSTAR * scratch[0]!) / M0);
  }
  return Math.sqrt((GAMMA * RSTAR * upperTemperature(altKm)) / M0);
}
