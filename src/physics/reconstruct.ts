import { simulateDescent, type DescentMode, type DescentResult } from './descent';
import { DEG, MU_EARTH_KM3_S2, WGS84_A_KM } from './constants';
import { haversineKm } from './frames';
import { parseTle, tleChecksum, type Tle } from './tle';

/**
 * Reconstructing an orbit where no element set survives (Soyuz TMA-11, 2008: the catalogue's
 * oldest ISS TLE is from 2016). The descent is the only thing the sources pin down: the burn
 * time, the touchdown point and the touchdown time. So the orbit is the one whose descent, flown
 * by the physics from that burn, lands on that point at that time: a circular orbit at the
 * station's inclination, with the node, the position in the orbit and the height fitted.
 * What comes out is a reconstruction and is always labelled so.
 */
export interface CircularOrbit {
  /** Element epoch = the burn, UTC ms (so SGP4 never propagates the made-up elements far). */
  epochMs: number;
  inclinationDeg: number;
  /** Right ascension of the ascending node, degrees. */
  raanDeg: number;
  /** Argument of latitude at epoch (circular: the mean anomaly from the node), degrees. */
  argLatDeg: number;
  /** Revolutions per day (SGP4's mean motion). */
  meanMotion: number;
}

/** Not a catalogue number: a made-up element set must never pass for the station's own. */
export const RECONSTRUCTED_SATNUM = '99999';

const wrap360 = (d: number) => ((d % 360) + 360) % 360;

function pad(s: string, n: number): string {
  if (s.length > n) throw new RangeError(`"${s}" does not fit in ${n} TLE columns`);
  return s.padStart(n, ' ');
}

function withChecksum(line68: string): string {
  return line68 + String(tleChecksum(line68));
}

/** Day of year with fraction, as TLE line 1 writes the epoch. */
function tleEpoch(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const day = (ms - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return String(year % 100).padStart(2, '0') + day.toFixed(8).padStart(12, '0');
}

/**
 * A two-line element set for a circular orbit, formatted column by column and parsed back
 * through the same checks as a real one. Drag terms are zero: the descent starts at the epoch.
 */
export function circularOrbitTle(o: CircularOrbit, satnum = RECONSTRUCTED_SATNUM): Tle {
  return parseTle(...circularOrbitLines(o, satnum));
}

/** The two lines of circularOrbitTle, unparsed (a test can feed them to other readers). */
export function circularOrbitLines(
  o: CircularOrbit,
  satnum = RECONSTRUCTED_SATNUM,
): [string, string] {
  const line1 = withChecksum(
    `1 ${satnum}U          ${tleEpoch(o.epochMs)}  .00000000  00000-0  00000-0 0  999`,
  );
  const line2 = withChecksum(
    `2 ${satnum} ${pad(o.inclinationDeg.toFixed(4), 8)} ${pad(wrap360(o.raanDeg).toFixed(4), 8)} ` +
      `0000001 ${pad('0.0000', 8)} ${pad(wrap360(o.argLatDeg).toFixed(4), 8)} ` +
      `${pad(o.meanMotion.toFixed(8), 11)}    1`,
  );
  return [line1, line2];
}

export interface LandingFitInput {
  burnMs: number;
  /** Where the capsule came down, degrees. */
  landing: { lat: number; lon: number };
  /** When it came down, UTC ms; fits the height. Without it the height stays at meanMotion. */
  landingMs?: number;
  inclinationDeg: number;
  /** Starting guess (and, without landingMs, the fixed value), revolutions per day. */
  meanMotion: number;
  mode: DescentMode;
}

export interface LandingFit {
  orbit: CircularOrbit;
  tle: Tle;
  descent: DescentResult;
  /** Touchdown distance from the landing point, km. */
  missKm: number;
  /** Modelled minus reported touchdown time, s (0 when landingMs was not given). */
  timeErrorS: number;
}

const R_EARTH_KM = 6371;

const greatCircleKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  haversineKm(a.lat * DEG, a.lon * DEG, b.lat * DEG, b.lon * DEG);

/** Touchdown offset from the target in local km (east, north). */
function offsetKm(
  td: { lat: number; lon: number },
  target: { lat: number; lon: number },
): [number, number] {
  let dLon = td.lon - target.lon;
  dLon -= 360 * Math.round(dLon / 360);
  return [
    dLon * DEG * R_EARTH_KM * Math.cos(target.lat * DEG),
    (td.lat - target.lat) * DEG * R_EARTH_KM,
  ];
}

function fly(input: LandingFitInput, o: CircularOrbit): DescentResult {
  return simulateDescent({ tle: circularOrbitTle(o), burnMs: input.burnMs, mode: input.mode });
}

/** Node and phase that put the touchdown on the landing point, for a fixed height. */
function fitPlane(
  input: LandingFitInput,
  meanMotion: number,
  start?: CircularOrbit,
): CircularOrbit {
  const base = {
    epochMs: input.burnMs,
    inclinationDeg: input.inclinationDeg,
    meanMotion,
  };
  let best: CircularOrbit = start ?? { ...base, raanDeg: 0, argLatDeg: 0 };
  let bestKm = start ? greatCircleKm(fly(input, start).touchdown, input.landing) : Infinity;
  if (!start) {
    // Coarse search first: Newton from a poor guess can wander onto another orbit's pass.
    for (let raan = 0; raan < 360; raan += 15) {
      for (let u = 0; u < 360; u += 15) {
        const o = { ...base, raanDeg: raan, argLatDeg: u };
        const km = greatCircleKm(fly(input, o).touchdown, input.landing);
        if (km < bestKm) [best, bestKm] = [o, km];
      }
    }
  }
  best = { ...best, meanMotion };
  // Newton on (node, phase) with a finite-difference Jacobian.
  const h = 0.02;
  for (let i = 0; i < 20; i++) {
    const f = offsetKm(fly(input, best).touchdown, input.landing);
    if (Math.hypot(f[0], f[1]) < 0.05) break;
    const fr = offsetKm(
      fly(input, { ...best, raanDeg: best.raanDeg + h }).touchdown,
      input.landing,
    );
    const fu = offsetKm(
      fly(input, { ...best, argLatDeg: best.argLatDeg + h }).touchdown,
      input.landing,
    );
    const a = (fr[0] - f[0]) / h;
    const c = (fr[1] - f[1]) / h;
    const b = (fu[0] - f[0]) / h;
    const d = (fu[1] - f[1]) / h;
    const det = a * d - b * c;
    if (!Number.isFinite(det) || det === 0) break;
    const dr = (d * f[0] - b * f[1]) / det;
    const du = (-c * f[0] + a * f[1]) / det;
    // Damped: the map is smooth but far from linear over degrees.
    const scale = Math.min(1, 2 / Math.max(Math.abs(dr), Math.abs(du)));
    best = { ...best, raanDeg: best.raanDeg - dr * scale, argLatDeg: best.argLatDeg - du * scale };
  }
  return { ...best, raanDeg: wrap360(best.raanDeg), argLatDeg: wrap360(best.argLatDeg) };
}

/**
 * The circular orbit whose descent from `burnMs` lands on `landing` (and, with `landingMs`, at
 * that time: the height is then fitted by the secant method on the mean motion).
 */
export function fitOrbitToLanding(input: LandingFitInput): LandingFit {
  let orbit = fitPlane(input, input.meanMotion);
  const result = (o: CircularOrbit): LandingFit => {
    const descent = fly(input, o);
    return {
      orbit: o,
      tle: circularOrbitTle(o),
      descent,
      missKm: greatCircleKm(descent.touchdown, input.landing),
      timeErrorS:
        input.landingMs === undefined ? 0 : (descent.touchdown.ms - input.landingMs) / 1000,
    };
  };
  let fit = result(orbit);
  if (input.landingMs === undefined) return fit;
  let prevN = orbit.meanMotion;
  let prevErr = fit.timeErrorS;
  let n = prevN + 0.05;
  for (let i = 0; i < 12 && Math.abs(fit.timeErrorS) > 0.5; i++) {
    orbit = fitPlane(input, n, orbit);
    fit = result(orbit);
    const slope = (fit.timeErrorS - prevErr) / (n - prevN);
    if (!Number.isFinite(slope) || slope === 0) break;
    prevN = n;
    prevErr = fit.timeErrorS;
    n = n - fit.timeErrorS / slope;
  }
  return fit;
}

/** Height of a circular orbit above the equatorial radius, km, from its mean motion. */
export function circularHeightKm(o: Pick<CircularOrbit, 'meanMotion'>): number {
  const n = (o.meanMotion * 2 * Math.PI) / 86_400;
  return Math.cbrt(MU_EARTH_KM3_S2 / (n * n)) - WGS84_A_KM;
}
