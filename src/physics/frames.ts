import { OMEGA_EARTH_RAD_S, WGS84_A_KM, WGS84_B_KM, WGS84_E2, WGS84_F } from './constants';
import type { Vec3 } from './vec3';

export interface Geodetic {
  /** Geodetic latitude, radians. */
  lat: number;
  /** East longitude, radians, in (-π, π]. */
  lon: number;
  /** Height above the WGS-84 ellipsoid, km. */
  altKm: number;
}

/**
 * Inertial (TEME) to Earth-fixed: a rotation about z by the sidereal angle. The one TEME↔ECEF
 * rotation of the physics: `r` may be a tuple or the position part of a state array, and `out`
 * may be `r`.
 */
export function eciToEcef(r: ArrayLike<number>, gmst: number, out?: Vec3): Vec3;
export function eciToEcef<T extends Float64Array>(r: ArrayLike<number>, gmst: number, out: T): T;
export function eciToEcef(
  r: ArrayLike<number>,
  gmst: number,
  out: Vec3 | Float64Array = [0, 0, 0],
): Vec3 | Float64Array {
  const c = Math.cos(gmst);
  const s = Math.sin(gmst);
  const x = c * r[0]! + s * r[1]!;
  const y = -s * r[0]! + c * r[1]!;
  out[0] = x;
  out[1] = y;
  out[2] = r[2]!;
  return out;
}

/** Earth-fixed to inertial (TEME): the inverse rotation (cos is even, sin odd: exactly). */
export function ecefToEci(r: ArrayLike<number>, gmst: number, out?: Vec3): Vec3;
export function ecefToEci<T extends Float64Array>(r: ArrayLike<number>, gmst: number, out: T): T;
export function ecefToEci(
  r: ArrayLike<number>,
  gmst: number,
  out: Vec3 | Float64Array = [0, 0, 0],
): Vec3 | Float64Array {
  return eciToEcef(r, -gmst, out as Float64Array);
}

const EP2 = (WGS84_A_KM * WGS84_A_KM - WGS84_B_KM * WGS84_B_KM) / (WGS84_B_KM * WGS84_B_KM);

/**
 * The one geodetic conversion: Bowring's method from the distance to the polar axis `p` and `z`,
 * with `iterations` refinements; writes latitude (rad) and height (km) into `out`.
 */
function bowring(p: number, z: number, iterations: number, out: Geodetic): void {
  let beta = Math.atan2(z * WGS84_A_KM, p * WGS84_B_KM);
  let lat = 0;
  for (let i = 0; i < iterations; i++) {
    const sb = Math.sin(beta);
    const cb = Math.cos(beta);
    lat = Math.atan2(z + EP2 * WGS84_B_KM * sb * sb * sb, p - WGS84_E2 * WGS84_A_KM * cb * cb * cb);
    beta = Math.atan2((1 - WGS84_F) * Math.sin(lat), Math.cos(lat));
  }
  const sl = Math.sin(lat);
  const cl = Math.cos(lat);
  const n = WGS84_A_KM / Math.sqrt(1 - WGS84_E2 * sl * sl);
  out.lat = lat;
  out.altKm = Math.abs(cl) > 1e-9 ? p / cl - n : Math.abs(z) - WGS84_B_KM;
}

/** Earth-fixed to WGS-84 geodetic, by Bowring's method with three refinements (sub-millimetre at LEO). */
export function ecefToGeodetic(r: Readonly<Vec3>, out?: Geodetic): Geodetic {
  const [x, y, z] = r;
  const g = out ?? { lat: 0, lon: 0, altKm: 0 };
  bowring(Math.hypot(x, y), z, 3, g);
  g.lon = Math.atan2(y, x);
  return g;
}

const altScratch: Geodetic = { lat: 0, lon: 0, altKm: 0 };

/**
 * Height above the WGS-84 ellipsoid (km) straight from inertial coordinates: a rotation about
 * the polar axis changes neither the distance from it nor z, so the integrators' inner loops need
 * no sidereal time. Two refinements (sub-mm at the heights a descent flies).
 */
export function geodeticAltKm(x: number, y: number, z: number): number {
  bowring(Math.sqrt(x * x + y * y), z, 2, altScratch);
  return altScratch.altKm;
}

export function geodeticToEcef(
  lat: number,
  lon: number,
  altKm: number,
  out: Vec3 = [0, 0, 0],
): Vec3 {
  const sl = Math.sin(lat);
  const cl = Math.cos(lat);
  const n = WGS84_A_KM / Math.sqrt(1 - WGS84_E2 * sl * sl);
  out[0] = (n + altKm) * cl * Math.cos(lon);
  out[1] = (n + altKm) * cl * Math.sin(lon);
  out[2] = (n * (1 - WGS84_E2) + altKm) * sl;
  return out;
}

/**
 * Physics frame (x, y, z with z to the north pole) to the scene frame three.js uses (y up):
 * scene = (x, z, -y), a proper rotation. It lines up with THREE.SphereGeometry's UVs, so an
 * equirectangular Earth texture sits on Earth-fixed axes with no extra offset.
 */
export function toScene(r: Readonly<Vec3>, out: Vec3 = [0, 0, 0]): Vec3 {
  const x = r[0];
  const y = r[1];
  const z = r[2];
  out[0] = x;
  out[1] = z;
  out[2] = -y;
  return out;
}

/** Great-circle distance on a sphere of mean radius 6371 km, as SOURCES.md computes distances. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = lat2 - lat1;
  const dLon = lon2 - lon1;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Speed relative to the turning Earth (and the air it carries), km/s, from an inertial (TEME)
 * position and velocity: |v − ω × r|. The one speed telemetry shows for station, rocket and
 * capsule alike, so nothing jumps when the view hands over from one to the next.
 */
export function earthRelativeSpeedKms(r: ArrayLike<number>, v: ArrayLike<number>): number {
  const vx = v[0]! + OMEGA_EARTH_RAD_S * r[1]!;
  const vy = v[1]! - OMEGA_EARTH_RAD_S * r[0]!;
  return Math.sqrt(vx * vx + vy * vy + v[2]! * v[2]!);
}
