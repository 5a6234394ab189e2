import { issTles, nearestTle } from '../data/issTles';
import { ecefToGeodetic, eciToEcef, type Geodetic } from '../physics/frames';
import { PropagationError, propagateTeme, type EciState } from '../physics/sgp4';
import { sunDirectionEci } from '../physics/sun';
import { gmstRad } from '../physics/time';
import type { Tle } from '../physics/tle';
import { norm, type Vec3 } from '../physics/vec3';
import {
  newTrajectoryPoint,
  sampleAt,
  type DescentResult,
  type TrajectoryPoint,
} from '../physics/descent';

/** Everything the scene draws, as a pure function of one instant (CesiumJS's getValue(time)). */
export interface SceneState {
  utcMs: number;
  /** Earth's rotation angle, radians. */
  gmst: number;
  /** Unit vector to the Sun, inertial (TEME ≈ true equator of date). */
  sunEci: Vec3;
  iss: IssState | null;
  /** Why the ISS is not shown, when it is not. */
  issUnavailable: string | null;
  /** The Soyuz descent module from the deorbit burn on, when the mission has a modelled descent. */
  capsule: CapsuleState | null;
}

export interface CapsuleState {
  point: TrajectoryPoint;
  /** The latest physics event passed, spelled as in the event list (e.g. "main_chute"). */
  phase: string;
  descent: DescentResult;
}

export interface IssState {
  tle: Tle;
  eci: EciState;
  geo: Geodetic;
  speedKms: number;
}

function blank(): SceneState {
  return { utcMs: NaN, gmst: 0, sunEci: [1, 0, 0], iss: null, issUnavailable: null, capsule: null };
}

/**
 * A memo for one instant: several components ask for the same frame's state, and the frame loop
 * must not allocate, so the objects are reused and overwritten in place.
 */
export function createSceneStateSource(tles: readonly Tle[] = issTles) {
  const state = blank();
  const iss: IssState = {
    tle: tles[0]!,
    eci: { r: [0, 0, 0], v: [0, 0, 0] },
    geo: { lat: 0, lon: 0, altKm: 0 },
    speedKms: 0,
  };
  const ecef: Vec3 = [0, 0, 0];
  const capsule: CapsuleState = { point: newTrajectoryPoint(), phase: '', descent: null! };
  let lastDescent: DescentResult | null = null;
  return function sceneStateAt(ms: number, descent: DescentResult | null = null): SceneState {
    if (ms === state.utcMs && descent === lastDescent) return state;
    state.utcMs = ms;
    lastDescent = descent;
    state.capsule = null;
    if (descent && ms >= descent.burnMs) {
      sampleAt(descent.samples, ms, capsule.point);
      capsule.descent = descent;
      capsule.phase = latestEvent(descent, ms);
      state.capsule = capsule;
    }
    state.gmst = gmstRad(ms);
    sunDirectionEci(ms, state.sunEci);
    const tle = nearestTle(ms, tles);
    state.iss = null;
    state.issUnavailable = null;
    if (!tle) {
      state.issUnavailable = 'No ISS orbit data (TLE) is loaded';
      return state;
    }
    try {
      propagateTeme(tle, ms, iss.eci);
      iss.tle = tle;
      ecefToGeodetic(eciToEcef(iss.eci.r, state.gmst, ecef), iss.geo);
      iss.speedKms = norm(iss.eci.v);
      state.iss = iss;
    } catch (e) {
      if (!(e instanceof PropagationError)) throw e;
      state.issUnavailable = `ISS not shown: ${e.message}`;
    }
    return state;
  };
}

function latestEvent(descent: DescentResult, ms: number): string {
  let name = descent.events[0]?.type ?? '';
  let at = -Infinity;
  for (const e of descent.events) {
    if (e.ms <= ms && e.ms >= at) {
      name = e.type;
      at = e.ms;
    }
  }
  return name;
}

export const sceneStateAt = createSceneStateSource();
