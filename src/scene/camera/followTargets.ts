import type { CameraName } from '../../clock/clockStore';
import type { SceneState } from '../../replay/sceneState';
import type { Vec3 } from '../../physics/vec3';
import { departingOffsetKm, dockedOffsetKm } from '../iss/dockingPort';

const liftedR: Vec3 = [0, 0, 0];
const portKm: Vec3 = [0, 0, 0];
const aimR: Vec3 = [0, 0, 0];
const oblique: Vec3 = [0, 0, 0];

/**
 * At the station, before the burn, the chase camera stands 120 m off (the station is 74 m from
 * Zvezda's end to Harmony's, 109 m across the truss) and, once the Soyuz has left, backs off by
 * 2 km per km of range so both stay in the picture at 40° of view.
 */
const STATION_KM = 0.12;
const DEPARTURE_PER_KM = 2;
/** The aim moves from the station's centre to half-way to the Soyuz over its first metres away. */
const DEPARTURE_AIM_M = 30;

/** 0 before t0, 1 after t0 + seconds, a smooth step between: canopies take seconds to open. */
function ramp(ms: number, t0: number, seconds: number): number {
  const x = Math.min(1, Math.max(0, (ms - t0) / (seconds * 1000)));
  return x * x * (3 - 2 * x);
}

interface ChaseFraming {
  /** Height of the aim above the capsule, km: half-way up to the open canopy. */
  liftKm: number;
  /** Distance the chase camera keeps, km, before any zoom of the user's. */
  distanceKm: number;
}

const framing: ChaseFraming = { liftKm: 0, distanceKm: 0 };

/**
 * How the chase camera frames the capsule at this instant: close on the bare capsule, backing
 * off as the drogue (14 m lines) and then the main canopy (45 m lines, 36 m across) open, so the
 * capsule and the canopy above it stay in the picture; close again on the ground.
 */
export function chaseFraming(s: SceneState): ChaseFraming {
  const c = s.capsule;
  framing.liftKm = 0;
  framing.distanceKm = 0.05;
  if (s.ascent) return ascentFraming(s);
  if (!c) {
    const rangeM = s.soyuz?.fromPortM ? s.soyuz.rangeFromIssM : 0;
    framing.distanceKm = STATION_KM + (DEPARTURE_PER_KM * rangeM) / 1000;
    return framing;
  }
  const at = (type: string) => c.descent.events.find((e) => e.type === type)?.ms ?? Infinity;
  const drogue = ramp(s.utcMs, at('drogue_chute'), 3);
  const main = ramp(s.utcMs, at('main_chute'), 8);
  const landed = ramp(s.utcMs, c.descent.touchdown.ms, 3);
  framing.liftKm = (0.007 * drogue + 0.019 * main) * (1 - landed);
  framing.distanceKm = 0.05 + (0.012 * drogue + 0.068 * main) * (1 - landed);
  return framing;
}

/**
 * The launch: far enough back for the whole ~50 m rocket, aimed a little below the spacecraft at
 * the middle of the stack while it stands on the pad and climbs; close on the spacecraft alone in
 * orbit; backing off on the final approach so the station comes into the frame.
 */
function ascentFraming(s: SceneState): ChaseFraming {
  const a = s.ascent!;
  const inOrbit = ramp(s.utcMs, a.ascent.insertionMs, 5);
  framing.liftKm = -0.015 * (1 - inOrbit);
  framing.distanceKm = 0.13 - 0.08 * inOrbit + 0.07 * a.approach;
  return framing;
}

interface FollowSpec {
  backKm: number;
  upKm: number;
  minKm: number;
  maxKm: number;
}

/** How each followed craft is framed: the ISS from 350 m, the Soyuz from 50-130 m (chaseFraming). */
export const FOLLOW: Readonly<Record<'iss' | 'soyuz', FollowSpec>> = {
  // 350 m behind and 120 m above the station, so Earth's limb is in the frame.
  iss: { backKm: 0.35, upKm: 0.12, minKm: 0.05, maxKm: 5000 },
  // The Soyuz's distance follows chaseFraming; this is only the starting elevation.
  soyuz: { backKm: 0.05, upKm: 0.004, minKm: 0.006, maxKm: 5000 },
};

/** A followed craft: where to aim, its velocity, and where not along it, the way to look when placed. */
export interface FollowTarget {
  r: Vec3;
  v: Vec3;
  /** The horizontal direction the camera looks along when first placed; the velocity if absent. */
  lookAlong?: Vec3;
}

/** Off the flight line by this much, so the plume, the wake and the parting modules show their length. */
const CHASE_SIDE_DEG = 35;
const obliqueOut: Vec3 = [0, 0, 0];

/**
 * The direction to look along when placing the chase camera on the descending Soyuz: the
 * horizontal velocity turned CHASE_SIDE_DEG toward the right of the track. Straight behind, the
 * capsule hid its own plume and wake, and the modules parted along the line of sight.
 */
function obliqueChase(r: Readonly<Vec3>, v: Readonly<Vec3>): Vec3 {
  const rn = Math.hypot(r[0], r[1], r[2]);
  const u = [r[0] / rn, r[1] / rn, r[2] / rn] as const;
  const vr = v[0] * u[0] + v[1] * u[1] + v[2] * u[2];
  const h = [v[0] - vr * u[0], v[1] - vr * u[1], v[2] - vr * u[2]] as const;
  const hn = Math.hypot(h[0], h[1], h[2]) || 1;
  // Right of the track: horizontal velocity × up.
  const right = [h[1] * u[2] - h[2] * u[1], h[2] * u[0] - h[0] * u[2], h[0] * u[1] - h[1] * u[0]];
  const c = Math.cos((CHASE_SIDE_DEG * Math.PI) / 180) / hn;
  const sn = Math.sin((CHASE_SIDE_DEG * Math.PI) / 180) / hn;
  for (let i = 0; i < 3; i++) obliqueOut[i] = h[i]! * c + right[i]! * sn;
  return obliqueOut;
}

/**
 * What a follow camera tracks: the ISS; with the Soyuz camera the station and the Soyuz together
 * from undocking to the burn (aiming between them), the Soyuz from the burn on, or the launched
 * Soyuz. Docked, the Soyuz camera waits on the station.
 */
export function followed(s: SceneState, name: CameraName): FollowTarget | null {
  if (name === 'soyuz' && s.ascent) {
    // Where the Soyuz is drawn: at the docking port once it has arrived (true scale: the chase
    // camera is close).
    const a = s.ascent;
    const lift = chaseFraming(s).liftKm;
    const r = a.drawR;
    const k = 1 + lift / Math.hypot(r[0], r[1], r[2]);
    if (s.iss) dockedOffsetKm(s.iss, portKm);
    else portKm.fill(0);
    for (let i = 0; i < 3; i++) liftedR[i] = r[i]! * k + portKm[i]! * a.approach;
    return { r: liftedR, v: a.point.v };
  }
  if (name === 'soyuz' && s.capsule) {
    // Under a canopy, look at a point between the capsule and the canopy so both are framed.
    const lift = chaseFraming(s).liftKm;
    const r = s.capsule.drawR;
    const k = 1 + lift / Math.hypot(r[0], r[1], r[2]);
    liftedR[0] = r[0] * k;
    liftedR[1] = r[1] * k;
    liftedR[2] = r[2] * k;
    return { r: liftedR, v: s.capsule.point.v, lookAlong: obliqueChase(r, s.capsule.point.v) };
  }
  if (name === 'soyuz' && s.iss) return atStation(s);
  if (name === 'iss' && s.iss) return s.iss.eci;
  return null;
}

/**
 * Before the burn: the station, and once the Soyuz has left, the point between the two (true
 * scale: the chase camera is near). Looked at 30° off the orbit's line, from the end and the
 * side the Sun lights (the plainest way to see lit faces, as a photographer stands): the Soyuz leaves along the vertical and drifts ahead or
 * behind, which straight from behind would line the two up one in front of the other.
 */
function atStation(s: SceneState): FollowTarget {
  const iss = s.iss!;
  const soyuz = s.soyuz;
  let w = 0;
  if (soyuz?.port && soyuz.fromPortM) {
    departingOffsetKm(iss, soyuz.port, soyuz.fromPortM, portKm);
    const x = Math.min(1, soyuz.rangeFromIssM / DEPARTURE_AIM_M);
    w = 0.5 * x * x * (3 - 2 * x);
  }
  for (let i = 0; i < 3; i++) aimR[i] = iss.eci.r[i]! + w * portKm[i]!;
  const r = iss.eci.r;
  const v = iss.eci.v;
  const vn = Math.hypot(v[0], v[1], v[2]) || 1;
  const nx = r[1] * v[2] - r[2] * v[1];
  const ny = r[2] * v[0] - r[0] * v[2];
  const nz = r[0] * v[1] - r[1] * v[0];
  const nn = Math.hypot(nx, ny, nz) || 1;
  const sun = s.sunEci;
  // The camera stands at −lookAlong: on the Sun's side of the orbit plane.
  const side = sun[0] * nx + sun[1] * ny + sun[2] * nz > 0 ? -0.5 : 0.5;
  const along = sun[0] * v[0] + sun[1] * v[1] + sun[2] * v[2] > 0 ? -0.87 : 0.87;
  oblique[0] = (along * v[0]) / vn + (side * nx) / nn;
  oblique[1] = (along * v[1]) / vn + (side * ny) / nn;
  oblique[2] = (along * v[2]) / vn + (side * nz) / nn;
  return { r: aimR, v: iss.eci.v, lookAlong: oblique };
}
