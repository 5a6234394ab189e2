import { Vector3 } from 'three';
import { ZHEZKAZGAN } from '../../data/sites';
import { DEG } from '../../physics/constants';
import { ecefToEci, geodeticToEcef } from '../../physics/frames';
import type { SceneState } from '../../replay/sceneState';
import { setSceneVector } from '../sceneVectors';

/** How far past the terminator toward the day side the Earth view looks, radians. */
const TERMINATOR_TILT = 0.12;
/** The latitude of the densest city lights (Europe, North America, East Asia). */
const LIGHTS_LAT = 40 * DEG;

const sunDir = new Vector3();

/**
 * The direction (unit, scene frame) the Earth view looks from. With the ISS: down near it, swung
 * to put the day/night line across the middle, then part-way north toward the city lights, so
 * the station, the lit Earth and the lights share the frame. Without it: the landing zone.
 */
export function earthViewDirection(s: SceneState): Vector3 {
  const dir = new Vector3();
  if (!s.iss) {
    const zone = geodeticToEcef(ZHEZKAZGAN.lat * DEG, ZHEZKAZGAN.lon * DEG, 0);
    return setSceneVector(dir, ecefToEci(zone, s.gmst)).normalize();
  }
  setSceneVector(dir, s.iss.eci.r).normalize();
  setSceneVector(sunDir, s.sunEci);
  const across = dir.clone().addScaledVector(sunDir, -dir.dot(sunDir));
  if (across.lengthSq() < 1e-6) across.set(0, 1, 0);
  across.normalize();
  dir
    .copy(across)
    .multiplyScalar(Math.cos(TERMINATOR_TILT))
    .addScaledVector(sunDir, Math.sin(TERMINATOR_TILT));
  const viewLat = 0.6 * s.iss.geo.lat + 0.4 * LIGHTS_LAT;
  const horizontal = Math.hypot(dir.x, dir.z) || 1;
  return dir
    .set(
      (dir.x / horizontal) * Math.cos(viewLat),
      Math.sin(viewLat),
      (dir.z / horizontal) * Math.cos(viewLat),
    )
    .normalize();
}
