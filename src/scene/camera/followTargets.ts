import type { CameraName } from '../../clock/clockStore';
import type { SceneState } from '../../replay/sceneState';
import type { Vec3 } from '../../physics/vec3';
import { dockedOffsetKm } from '../iss/dockingPort';

const liftedR: Vec3 = [0, 0, 0];
const portKm: Vec3 = [0, 0, 0];

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
  if (!c) return framing;
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

/**
 * What a follow camera tracks: the ISS, or the Soyuz from its burn on (before the burn it is a
 * few km from the station, so the view waits on the station), or the launched Soyuz.
 */
export function followed(s: SceneState, name: CameraName): { r: Vec3; v: Vec3 } | null {
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
    return { r: liftedR, v: s.capsule.point.v };
  }
  if ((name === 'iss' || name === 'soyuz') && s.iss) return s.iss.eci;
  return null;
}
