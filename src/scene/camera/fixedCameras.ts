import { Vector3 } from 'three';
import { DEG } from '../../physics/constants';
import { ecefToEci, geodeticToEcef } from '../../physics/frames';
import type { CameraName } from '../../clock/clockStore';
import type { MissionRecord } from '../../data/schema';
import type { LandingAim } from '../../replay/replay';
import type { SceneState } from '../../replay/sceneState';
import { setSceneVector } from '../sceneVectors';
import { departingOffsetKm } from '../iss/dockingPort';
import type { Vec3 } from '../../physics/vec3';

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
const offsetKm: Vec3 = [0, 0, 0];
const shiftM: Vec3 = [0, 0, 0];

/**
 * Leaving the station, the ride-along camera looks out of the Soyuz's nose, where its docking
 * camera is, just ahead of the orbital module (3.63 m from the model's origin, soyuzModel).
 */
const RIDE_NOSE_M = 3.75;
/** The port, from a docked Soyuz's model origin along the docking axis (issModel). */
const PORT_M = 3.83;

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
    if (!craft && s.iss && s.soyuz?.port && s.soyuz.fromPortM) return departureRide(s);
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

/**
 * From undocking to the burn: on the Soyuz's nose, looking back at the port it left, so the
 * station recedes in the picture. Up is half-way between the station's forward and its local
 * vertical: never along the line of sight, whether that runs up the docking axis (first minutes)
 * or along the orbit (later, kilometres ahead or behind).
 */
function departureRide(s: SceneState): Pose {
  const iss = s.iss!;
  const soyuz = s.soyuz!;
  const from = soyuz.fromPortM!;
  const nose = soyuz.nose;
  // The nose in the replay's offset frame: [radial, along-track, cross-track = −right].
  shiftM[0] = from[0] + nose[1] * RIDE_NOSE_M;
  shiftM[1] = from[1] + nose[0] * RIDE_NOSE_M;
  shiftM[2] = from[2] - nose[2] * RIDE_NOSE_M;
  setSceneVector(pose.position, iss.eci.r).add(
    setSceneVector(fwd, departingOffsetKm(iss, soyuz.port!, shiftM, offsetKm)),
  );
  shiftM[0] = soyuz.port === 'zenith' ? -PORT_M : PORT_M;
  shiftM[1] = 0;
  shiftM[2] = 0;
  setSceneVector(pose.target, iss.eci.r).add(
    setSceneVector(fwd, departingOffsetKm(iss, soyuz.port!, shiftM, offsetKm)),
  );
  setSceneVector(pose.up, iss.eci.r).normalize();
  setSceneVector(fwd, iss.eci.v);
  fwd.addScaledVector(pose.up, -fwd.dot(pose.up)).normalize();
  pose.up.add(fwd).normalize();
  return pose;
}
