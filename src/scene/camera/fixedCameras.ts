import { Vector3 } from 'three';
import { DEG } from '../../physics/constants';
import { ecefToEci, geodeticToEcef } from '../../physics/frames';
import type { CameraName } from '../../clock/clockStore';
import type { MissionRecord } from '../../data/schema';
import type { LandingAim } from '../../replay/replay';
import type { SceneState } from '../../replay/sceneState';
import { setSceneVector } from '../sceneVectors';

export interface Pose {
  position: Vector3;
  target: Vector3;
  up: Vector3;
}

/** Eye height of the observer at the landing site, km. */
const EYE_KM = 0.0017;
/** Ride-along: a little above and behind the capsule, looking ahead and a little down, km. */
const RIDE_UP_KM = 0.004;
const RIDE_BACK_KM = 0.006;
const RIDE_LOOK_KM = 1;
const RIDE_PITCH = -0.12;

export function isFixedCamera(name: CameraName): name is 'ride' | 'ground' {
  return name === 'ride' || name === 'ground';
}

const pose: Pose = { position: new Vector3(), target: new Vector3(), up: new Vector3() };
const fwd = new Vector3();

/**
 * Where the ground camera stands for a mission: the landing site's aim point for a return, and
 * for a launch the viewing ground south of the pad (an assumption: Baikonur's public viewing
 * area is a kilometre or two from the pad; the sources give no exact spot).
 */
export function groundObserver(
  mission: Pick<MissionRecord, 'launch'> | null,
  aim: LandingAim | null,
): { lat: number; lon: number } | null {
  if (aim) return aim;
  const l = mission?.launch;
  if (l?.pad_lat === undefined || l.pad_lon === undefined) return null;
  return { lat: l.pad_lat - VIEWING_SOUTH_DEG, lon: l.pad_lon };
}

/** About 1.7 km of latitude. */
const VIEWING_SOUTH_DEG = 0.015;

/**
 * Cameras the scene places itself, every frame: 'ride' sits on the capsule (or, in a launch, on
 * the Soyuz) looking at the horizon ahead; 'ground' stands at the observer's place (see
 * groundObserver) looking at the craft (or straight up before it comes). Null when the camera
 * has nothing to look at.
 */
export function fixedPose(
  s: SceneState,
  name: 'ride' | 'ground',
  observer: { lat: number; lon: number } | null,
): Pose | null {
  const craft = s.capsule ?? s.ascent;
  if (name === 'ride') {
    const c = craft;
    if (!c) return null;
    setSceneVector(pose.up, c.drawR).normalize();
    setSceneVector(fwd, c.point.v);
    fwd.addScaledVector(pose.up, -fwd.dot(pose.up));
    if (fwd.lengthSq() < 1e-12) fwd.set(0, 1, 0).addScaledVector(pose.up, -pose.up.y);
    fwd.normalize();
    setSceneVector(pose.position, c.drawR)
      .addScaledVector(pose.up, RIDE_UP_KM)
      .addScaledVector(fwd, -RIDE_BACK_KM);
    pose.target
      .copy(pose.position)
      .addScaledVector(fwd, RIDE_LOOK_KM)
      .addScaledVector(pose.up, RIDE_LOOK_KM * RIDE_PITCH);
    return pose;
  }
  if (!observer) return null;
  // The observer stands on the turning Earth: place them in the inertial frame at this instant.
  const site = ecefToEci(geodeticToEcef(observer.lat * DEG, observer.lon * DEG, EYE_KM), s.gmst);
  setSceneVector(pose.position, site);
  pose.up.copy(pose.position).normalize();
  if (craft) setSceneVector(pose.target, craft.drawR);
  else pose.target.copy(pose.position).addScaledVector(pose.up, 10);
  // Straight overhead the view direction and up coincide; lean the look a hair north.
  if (pose.target.clone().sub(pose.position).normalize().dot(pose.up) > 0.999) {
    pose.target.add(new Vector3(0, 0.01, 0));
  }
  return pose;
}
