import { issTles, nearestTle } from '../data/issTles';
import { ecefToGeodetic, eciToEcef, type Geodetic } from '../physics/frames';
import { PropagationError, propagateTeme, type EciState } from '../physics/sgp4';
import { sunDirectionEci } from '../physics/sun';
import { gmstRad } from '../physics/time';
import type { Tle } from '../physics/tle';
import { norm, type Vec3 } from '../physics/vec3';

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
}

export interface IssState {
  tle: Tle;
  eci: EciState;
  geo: Geodetic;
  speedKms: number;
}

function blank(): SceneState {
  return { utcMs: NaN, gmst: 0, sunEci: [1, 0, 0], iss: null, issUnavailable: null };
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
  return function sceneStateAt(ms: number): SceneState {
    if (ms === state.utcMs) return state;
    state.utcMs = ms;
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

export const sceneStateAt = createSceneStateSource();
