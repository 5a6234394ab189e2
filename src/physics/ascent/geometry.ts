/** Orbit geometry the ascent needs: polar form of a state, osculating elements, frames. */
import { DEG, MU_EARTH_KM3_S2 } from '../constants';
import { ecefToGeodetic, eciToEcef, geodeticToEcef, type Geodetic } from '../frames';
import { gmstRad } from '../time';
import { cross, dot, norm, unit, type Vec3 } from '../vec3';

export const wrapPi = (x: number): number => x - 2 * Math.PI * Math.round(x / (2 * Math.PI));

/** Inertial (TEME) to geodetic at a UTC instant. */
export function geodeticAt(ms: number, r: Readonly<Vec3>, out: Geodetic): Geodetic {
  return ecefToGeodetic(eciToEcef(r, gmstRad(ms)), out);
}

/** Radius, argument of latitude and plane of a state, for the rendezvous blend. */
export interface Polar {
  rad: number;
  u: number;
  n: Vec3;
}

export function polarOf(r: Readonly<Vec3>, v: Readonly<Vec3>): Polar {
  const n = unit(cross(r, v));
  const node = unit(cross([0, 0, 1], n));
  const m = cross(n, node);
  return { rad: norm(r), u: Math.atan2(dot(r, m), dot(r, node)), n };
}

export function fromPolar(rad: number, u: number, n: Readonly<Vec3>): Vec3 {
  const node = unit(cross([0, 0, 1], n));
  const m = cross(n, node);
  const c = Math.cos(u) * rad;
  const s = Math.sin(u) * rad;
  return [c * node[0] + s * m[0], c * node[1] + s * m[1], c * node[2] + s * m[2]];
}

/** Quintic smoothstep: 0 → 1 with zero slope and curvature at both ends. */
export const smooth5 = (s: number): number =>
  s <= 0 ? 0 : s >= 1 ? 1 : s * s * s * (10 + s * (6 * s - 15));

export function inclinationDeg(r: Readonly<Vec3>, v: Readonly<Vec3>): number {
  const h = cross(r, v);
  return Math.acos(h[2] / norm(h)) / DEG;
}

/** Perigee and apogee radii (km) from an osculating state. */
export function apsides(r: Readonly<Vec3>, v: Readonly<Vec3>): { rp: number; ra: number } {
  const rn = norm(r);
  const v2 = dot(v, v);
  const a = 1 / (2 / rn - v2 / MU_EARTH_KM3_S2);
  const h = norm(cross(r, v));
  const e = Math.sqrt(Math.max(0, 1 - (h * h) / (MU_EARTH_KM3_S2 * a)));
  return { rp: a * (1 - e), ra: a * (1 + e) };
}

/** Geocentric radius of the WGS-84 ellipsoid under a point (km). */
export function ellipsoidRadius(r: Readonly<Vec3>, ms: number): number {
  const g = geodeticAt(ms, r, { lat: 0, lon: 0, altKm: 0 });
  const e = geodeticToEcef(g.lat, g.lon, 0);
  return norm(e);
}
