import { DEG, WGS84_A_KM } from '../physics/constants';
import type { Replay } from './replay';
import type { SceneState } from './sceneState';

/** Where the Earth view should look down from: a ground point and the camera's distance. */
export interface GroundView {
  /** Degrees, geodetic. */
  lat: number;
  lon: number;
  /** From Earth's centre, km. */
  distanceKm: number;
}

/** The shape of the screen the view is for. */
export interface ViewFrame {
  /** Width over height. */
  aspect: number;
  /** The camera's vertical field of view, degrees (the scene's camera has 40). */
  fovDeg: number;
}

const R = WGS84_A_KM;
/**
 * No point the view is meant to show may lie farther than this from its centre: nearer the limb
 * the ground is seen edge-on and a class cannot tell where anything is. Two points up to twice
 * this apart fit in one view (a burn over the South Atlantic and the landing in Kazakhstan are
 * about 140 degrees apart); farther, the earlier one is left out.
 */
const MAX_FROM_CENTRE_DEG = 74;
/** Kept between the farthest point and the horizon, so it is not drawn right on the limb. */
const HORIZON_MARGIN_DEG = 4;
/** The share of the half field of view the points may use, leaving room for the panels. */
const FOV_USE = 0.85;
/** Close enough to see a region (a launch's climb to orbit is about 1,800 km long). */
const MIN_DISTANCE_KM = 1.6 * R;
/** Far enough to fit the whole disc on a phone held upright. */
const MAX_DISTANCE_KM = 8 * R;
/** Ascent events after this one happen hours later, two orbits on, at the station. */
const ASCENT_LAST_NEAR_EVENT = 'orbit_insertion';

type Unit = [number, number, number];

const toUnit = (latDeg: number, lonDeg: number): Unit => {
  const la = latDeg * DEG;
  const lo = lonDeg * DEG;
  return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)];
};

const angleDeg = (a: Unit, b: Unit) =>
  Math.acos(Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]))) / DEG;

/** Where the craft the replay follows is over the ground now: capsule, rocket, else the station. */
function craftNow(s: SceneState): Unit | null {
  if (s.capsule) return toUnit(s.capsule.point.lat, s.capsule.point.lon);
  if (s.ascent) return toUnit(s.ascent.point.lat, s.ascent.point.lon);
  // Before the burn the returning Soyuz is docked or within a few km of the station.
  if (s.iss) return toUnit(s.iss.geo.lat / DEG, s.iss.geo.lon / DEG);
  return null;
}

/** The ground points of what happens next, in time order, ending where the flight ends. */
function upcoming(replay: Replay | null, ms: number): Unit[] {
  const d = replay?.descent;
  if (d) {
    const next = d.events.filter((e) => e.ms > ms).map((e) => toUnit(e.lat, e.lon));
    if (ms < d.touchdown.ms) next.push(toUnit(d.touchdown.lat, d.touchdown.lon));
    return next;
  }
  const a = replay?.ascent;
  if (a) {
    const out: Unit[] = [];
    for (const e of a.events) {
      if (e.ms > ms) out.push(toUnit(e.lat, e.lon));
      if (e.type === ASCENT_LAST_NEAR_EVENT) break;
    }
    return out;
  }
  // Nothing modelled: the landing zone the sources give is the one place ahead.
  return replay?.aim ? [toUnit(replay.aim.lat, replay.aim.lon)] : [];
}

const farthest = (c: Unit, points: readonly Unit[]) =>
  Math.max(...points.map((p) => angleDeg(c, p)));

/** The midpoint of the first and the last point; the mean of the unit vectors where one alone. */
function centreOf(points: readonly Unit[]): Unit {
  const a = points[0]!;
  const b = points[points.length - 1]!;
  const c: Unit = [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
  const n = Math.hypot(...c);
  // Antipodal ends have no midpoint; such a pair is too wide for one view and is split anyway.
  return n < 1e-9 ? a : [c[0] / n, c[1] / n, c[2] / n];
}

/**
 * How far from Earth's centre a camera looking at the centre must be so that a ground point
 * `alphaDeg` from it is on the visible side with a margin and inside the narrower half of the
 * field of view.
 */
function distanceFor(alphaDeg: number, frame: ViewFrame): number {
  const halfV = (frame.fovDeg / 2) * DEG;
  const halfNarrow = Math.min(halfV, Math.atan(Math.tan(halfV) * frame.aspect));
  const a = alphaDeg * DEG;
  // The horizon seen from distance d lies acos(R / d) from the point below the camera.
  const overHorizon = R / Math.cos(Math.min(89, alphaDeg + HORIZON_MARGIN_DEG) * DEG);
  // A ground point at angle a from the centre is seen atan(R sin a / (d - R cos a)) off the axis.
  const inFrame = R * Math.cos(a) + (R * Math.sin(a)) / Math.tan(halfNarrow * FOV_USE);
  return Math.min(MAX_DISTANCE_KM, Math.max(MIN_DISTANCE_KM, overHorizon, inFrame));
}

/**
 * The Earth view for a replay that has just opened: centred between where the craft is now and
 * where its next events happen, far enough out for all of them to be in view. Before a deorbit
 * burn that is the Soyuz's ground point (with the station) and the landing site; where the two
 * are too far apart for one hemisphere, the earliest points give way, so the burn and the landing
 * stay in view. Before a launch it is the pad and the climb to orbit. Null when there is nothing
 * to place (no station, no replay).
 */
export function nextEventView(
  replay: Replay | null,
  scene: SceneState,
  frame: ViewFrame = { aspect: 16 / 9, fovDeg: 40 },
): GroundView | null {
  const now = craftNow(scene);
  const points = [...(now ? [now] : []), ...upcoming(replay, scene.utcMs)];
  if (points.length === 0) return null;
  let c = centreOf(points);
  let alpha = farthest(c, points);
  // Drop from the front (the present, then the nearest events) until the rest fit in one view.
  while (points.length > 1 && alpha > MAX_FROM_CENTRE_DEG) {
    points.shift();
    c = centreOf(points);
    alpha = farthest(c, points);
  }
  return {
    lat: Math.asin(c[2]) / DEG,
    lon: Math.atan2(c[1], c[0]) / DEG,
    distanceKm: distanceFor(alpha, frame),
  };
}
