import { WGS84_A_KM, WGS84_B_KM, WGS84_E2, WGS84_F } from '../constants';

const EP2 = (WGS84_A_KM * WGS84_A_KM - WGS84_B_KM * WGS84_B_KM) / (WGS84_B_KM * WGS84_B_KM);

/**
 * Height above the WGS-84 ellipsoid (km) straight from inertial coordinates: a rotation about
 * the polar axis changes neither the distance from it nor z, so the integrator's inner loop needs
 * no sidereal time. Bowring's method with two refinements, as frames.ecefToGeodetic (sub-mm).
 */
export function geodeticAltKm(x: number, y: number, z: number): number {
  const p = Math.sqrt(x * x + y * y);
  let beta = Math.atan2(z * WGS84_A_KM, p * WGS84_B_KM);
  let lat = 0;
  for (let i = 0; i < 2; i++) {
    const sb = Math.sin(beta);
    const cb = Math.cos(beta);
    lat = Math.atan2(z + EP2 * WGS84_B_KM * sb * sb * sb, p - WGS84_E2 * WGS84_A_KM * cb * cb * cb);
    beta = Math.atan2((1 - WGS84_F) * Math.sin(lat), Math.cos(lat));
  }
  const sl = Math.sin(lat);
  const cl = Math.cos(lat);
  const n = WGS84_A_KM / Math.sqrt(1 - WGS84_E2 * sl * sl);
  return Math.abs(cl) > 1e-9 ? p / cl - n : Math.abs(z) - WGS84_B_KM;
}
