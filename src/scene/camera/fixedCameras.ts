import { Vector3 } from 'three';
import { DEG } from '../../physics/constants';
import { ecefToEci, geodeticToEcef } from '../../physics/frames';
import type { CameraName } from '../../clock/clockStore';
import type { MissionRecord } from '../../data/schema';
import type { SceneState } from '../../replay/sceneState';
import { setSceneVector } from '../sceneVectors';
import { departingOffsetKm } from '../iss/dockingPort';
import type { Vec3 } from '../../physics/vec3';
import { chaseFraming } from './followTargets';

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
 * Where the ground camera stands for a mission. For a return: a recovery-team member 200 m south
 * of the MODELLED touchdown point (the descent's own, so the capsule is always in front of them,
 * wherever the model brings it down; the sources give no observer, so this is the plainest
 * choice: near enough to see the capsule, far enough to see the canopy come down). For a launch:
 * the viewing ground south of the pad (an assumption: Baikonur's public viewing area is a
 * kilometre or two from the pad; the sources give no exact spot).
 */
export function groundObserver(
  mission: Pick<MissionRecord, 'launch'> | null,
  touchdown: { lat: number; lon: number } | null,
): { lat: number; lon: number } | null {
  if (touchdown) return { lat: touchdown.lat - RECOVERY_SOUTH_DEG, lon: touchdown.lon };
  const l = mission?.launch;
  if (l?.pad_lat === undefined || l.pad_lon === undefined) return null;
  return { lat: l.pad_lat - VIEWING_SOUTH_DEG, lon: l.pad_lon };
}

/** About 1.7 km of latitude. */
const VIEWING_SOUTH_DEG = 0.015;
/** About 200 m of latitude (111.2 km a degree). */
const RECOVERY_SOUTH_DEG = 0.2 / 111.2;

/** Share of the frame's height the followed craft fills in the ground camera's long lens. */
const LENS_FILL = 1 / 3;
/** The lens's range, degrees: a long telephoto to a normal lens. */
export const LENS_FOV_DEG = { min: 1.5, max: 60 };
/**
 * Capsule on the ground with the canopy spread out beside it, km: what the lens frames after
 * touchdown (an assumption: the canopy lies within a few tens of metres of the capsule).
 */
const LANDED_SPAN_KM = 0.015;
/** The bare capsule, about 2.2 m across and 2.1 m tall, km. */
const CAPSULE_SPAN_KM = 0.003;
/** The Soyuz-FG/2.1a stack on the pad and climbing, about 50 m tall, km. */
const ROCKET_SPAN_KM = 0.05;

const lens = { liftKm: 0, spanKm: 0 };

/**
 * What the ground camera's lens frames: the craft's extent along the local vertical, km, and the
 * height of its middle above the drawn point. Under a canopy the chase framing's lift is half-way
 * up to the canopy, so the span is twice that plus the capsule.
 */
function groundLens(s: SceneState): { liftKm: number; spanKm: number } {
  const framing = chaseFraming(s);
  lens.liftKm = framing.liftKm;
  if (s.ascent) lens.spanKm = ROCKET_SPAN_KM;
  else if (s.capsule && s.utcMs >= s.capsule.descent.touchdown.ms) lens.spanKm = LANDED_SPAN_KM;
  else lens.spanKm = CAPSULE_SPAN_KM + 2 * framing.liftKm;
  return lens;
}

/**
 * The ground camera's field of view, degrees: a tracking long lens that keeps the craft about a
 * third of the frame's height, within a telephoto-to-normal range. Null with nothing to follow
 * (the camera then keeps its normal field of view, looking up at the empty sky).
 */
export function groundLensFovDeg(s: SceneState, pose: Pose): number | null {
  if (!(s.capsule ?? s.ascent)) return null;
  const distance = pose.position.distanceTo(pose.target);
  const { spanKm } = groundLens(s);
  const angle = (2 * Math.atan(spanKm / 2 / Math.max(distance, 1e-6))) / LENS_FILL;
  return Math.min(LENS_FOV_DEG.max, Math.max(LENS_FOV_DEG.min, angle / DEG));
}

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
  if (craft) {
    // Aim at the middle of what the lens frames: between capsule and canopy, mid-rocket.
    setSceneVector(pose.target, craft.drawR);
    const { liftKm } = groundLens(s);
    pose.target.addScaledVector(fwd.copy(pose.target).normalize(), liftKm);
  } else pose.target.copy(pose.position).addScaledVector(pose.up, 10);
  // Straight overhead the view direction and up coincide; lean the look a hair north (a
  // thousandth of the distance, under a tenth of a degree: the long lens must stay on the craft).
  fwd.copy(pose.target).sub(pose.position);
  const distance = fwd.length();
  if (fwd.dot(pose.up) > 0.99999 * distance) pose.target.y += 0.001 * distance;
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
