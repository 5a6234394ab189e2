import { DEG } from './constants';
import { gmstRad } from './time';
import type { Vec3 } from './vec3';

/** Julian date of the Unix epoch, and of J2000.0 (2000-01-01 12:00 TT), for the series below. */
const JD_UNIX_EPOCH = 2440587.5;
const JD_J2000 = 2451545.0;

/**
 * Unit vector from Earth's centre to the Sun in the true-equator-of-date frame (SGP4's TEME to
 * within the equation of the equinoxes, about one arcsecond): the apparent Sun of the
 * Astronomical Almanac's low-precision series (Meeus, Astronomical Algorithms, ch. 25), with
 * aberration and the main nutation term. It is within 0.01 degrees of the full VSOP87 theory over
 * 1950-2050 (tests/unit/physics/sunSeries.test.ts checks it against astronomy-engine over the
 * data's years), far below the Sun's half-degree disc: good for lighting, the subsolar point and
 * eclipses to a fraction of a second. A series of ten terms instead of a planetary theory keeps
 * 20 KB of compressed JavaScript out of the first load. UT is used for TT: the ~70 s between them
 * move the Sun by 0.001 degrees.
 */
export function sunDirectionEci(ms: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const T = (ms / 86_400_000 + JD_UNIX_EPOCH - JD_J2000) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const meanAnomaly = (357.52911 + 35999.05029 * T - 0.0001537 * T * T) * DEG;
  const centre =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const node = (125.04 - 1934.136 * T) * DEG;
  // Apparent longitude: aberration (-0.00569) and nutation in longitude (-0.00478 sin node).
  const lambda = (meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(node)) * DEG;
  const meanObliquity = 23.439291111 - 0.0130041667 * T - 1.6389e-7 * T * T + 5.0361e-7 * T ** 3;
  const obliquity = (meanObliquity + 0.00256 * Math.cos(node)) * DEG;
  out[0] = Math.cos(lambda);
  out[1] = Math.cos(obliquity) * Math.sin(lambda);
  out[2] = Math.sin(obliquity) * Math.sin(lambda);
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
