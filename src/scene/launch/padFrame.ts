import type { AscentResult } from '../../physics/ascent';
import { DEG } from '../../physics/constants';
import { geodeticToEcef } from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';

/**
 * The pad's own frame, Earth-fixed (ECEF, km and unit vectors): where it is on the ellipsoid,
 * its up (the ellipsoid's normal) and the launch azimuth (the horizontal direction the rocket
 * pitches over into, toward the first stage's separation point). The pad model and the rocket's
 * roll on the pad both use it, so the strap-ons sit between the support arms.
 */
export interface PadFrame {
  origin: Vec3;
  up: Vec3;
  azimuth: Vec3;
}

export function padFrame(ascent: AscentResult): PadFrame {
  const lat = ascent.samples.lat[0]! * DEG;
  const lon = ascent.samples.lon[0]! * DEG;
  const origin = geodeticToEcef(lat, lon, 0);
  const up: Vec3 = [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
  const east: Vec3 = [-Math.sin(lon), Math.cos(lon), 0];
  const north: Vec3 = [
    -Math.sin(lat) * Math.cos(lon),
    -Math.sin(lat) * Math.sin(lon),
    Math.cos(lat),
  ];
  const far = ascent.events.find((e) => e.type === 'first_stage_separation');
  // Bearing on the ground from the pad to the strap-ons' separation point (flat-Earth enough
  // for a direction; MS-22 flies north-east, about 62° for a 51.6° orbit).
  let bearing = (62 * Math.PI) / 180;
  if (far) {
    const dN = far.lat * DEG - lat;
    const dE = (far.lon * DEG - lon) * Math.cos(lat);
    if (Math.hypot(dN, dE) > 1e-6) bearing = Math.atan2(dE, dN);
  }
  const azimuth: Vec3 = [0, 1, 2].map(
    (i) => Math.sin(bearing) * east[i]! + Math.cos(bearing) * north[i]!,
  ) as Vec3;
  return { origin, up, azimuth };
}
