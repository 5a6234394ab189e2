import type { TrajectoryPoint } from './trajectory';

/**
 * Rate of change of the height above the ellipsoid, km/s: the velocity along the local geodetic
 * vertical. The trajectory table has no such column; the telemetry panel and the CSV both read it
 * from here, so they agree (the panel used to show the rate of change of the distance from
 * Earth's centre, up to 16 m/s off at 47° N, where the normal and the radius part by 0.19°). The
 * vertical is the ellipsoid normal, which lies in the meridian plane; Earth's rotation (ω × r) is perpendicular to that plane, so the inertial TEME
 * velocity gives the same vertical component as the Earth-fixed one, and the normal can be built in
 * TEME from the geodetic latitude and the position's inertial longitude.
 */
export function verticalSpeedKms(p: TrajectoryPoint): number {
  const lat = (p.lat * Math.PI) / 180;
  const lonInertial = Math.atan2(p.r[1], p.r[0]);
  const c = Math.cos(lat);
  return (
    p.v[0] * c * Math.cos(lonInertial) + p.v[1] * c * Math.sin(lonInertial) + p.v[2] * Math.sin(lat)
  );
}
