import { Body, GeoVector, RotateVector, Rotation_EQJ_EQD } from 'astronomy-engine';
import { DEG } from './constants';
import { gmstRad } from './time';
import type { Vec3 } from './vec3';

/**
 * Unit vector from Earth's centre to the Sun in the true-equator-of-date frame, which is SGP4's
 * TEME to within the equation of the equinoxes (about one arcsecond): good for lighting and for
 * the subsolar point.
 */
export function sunDirectionEci(ms: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const date = new Date(ms);
  const eqj = GeoVector(Body.Sun, date, true);
  const eqd = RotateVector(Rotation_EQJ_EQD(date), eqj);
  const len = Math.hypot(eqd.x, eqd.y, eqd.z);
  out[0] = eqd.x / len;
  out[1] = eqd.y / len;
  out[2] = eqd.z / len;
  return out;
}

/** The point on Earth where the Sun is overhead, degrees. */
export function subsolarPoint(ms: number): { lat: number; lon: number } {
  const [x, y, z] = sunDirectionEci(ms);
  const lat = (Math.asin(z) * 180) / Math.PI;
  let lon = ((Math.atan2(y, x) - gmstRad(ms)) * 180) / Math.PI;
  lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return { lat, lon };
}

/** The Sun's elevation above the horizon at a place, degrees (geocentric, no refraction). */
export function sunElevationDeg(ms: number, latDeg: number, lonDeg: number): number {
  const s = subsolarPoint(ms);
  const cosZ =
    Math.sin(latDeg * DEG) * Math.sin(s.lat * DEG) +
    Math.cos(latDeg * DEG) * Math.cos(s.lat * DEG) * Math.cos((lonDeg - s.lon) * DEG);
  return 90 - Math.acos(Math.max(-1, Math.min(1, cosZ))) / DEG;
}
