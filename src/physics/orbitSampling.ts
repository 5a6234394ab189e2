import { geodeticToEcef, ecefToGeodetic, eciToEcef } from './frames';
import { propagateTeme, type EciState } from './sgp4';
import { gmstRad } from './time';
import type { Tle } from './tle';
import type { Vec3 } from './vec3';

/** One orbital period from the element set's mean motion (satrec.no is radians per minute). */
export function orbitalPeriodMs(tle: Tle): number {
  return ((2 * Math.PI) / tle.satrec.no) * 60_000;
}

/**
 * Sample a satellite over [centre - span, centre + span] into flat xyz arrays: inertial positions
 * for the orbit line, and the sub-satellite points (Earth-fixed, on the ellipsoid plus `liftKm`)
 * for the ground track. Instants SGP4 cannot reach repeat the last good point, so the line never
 * jumps to the origin.
 */
export function sampleOrbit(
  tle: Tle,
  centreMs: number,
  spanMs: number,
  count: number,
  liftKm: number,
  inertial: Float64Array,
  ground: Float64Array,
): void {
  const s: EciState = { r: [0, 0, 0], v: [0, 0, 0] };
  const ecef: Vec3 = [0, 0, 0];
  const geo = { lat: 0, lon: 0, altKm: 0 };
  let have = false;
  for (let i = 0; i < count; i++) {
    const ms = centreMs - spanMs + (2 * spanMs * i) / (count - 1);
    try {
      propagateTeme(tle, ms, s);
      have = true;
    } catch {
      if (!have) continue;
    }
    inertial[3 * i] = s.r[0];
    inertial[3 * i + 1] = s.r[1];
    inertial[3 * i + 2] = s.r[2];
    ecefToGeodetic(eciToEcef(s.r, gmstRad(ms), ecef), geo);
    geodeticToEcef(geo.lat, geo.lon, liftKm, ecef);
    ground[3 * i] = ecef[0];
    ground[3 * i + 1] = ecef[1];
    ground[3 * i + 2] = ecef[2];
  }
}
