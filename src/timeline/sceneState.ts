import { groundAltKm } from './replay';
import { issTles, nearestTle } from '../data/issTles';
import {
  ecefToEci,
  ecefToGeodetic,
  eciToEcef,
  geodeticToEcef,
  type Geodetic,
} from '../physics/frames';
import { DEG, OMEGA_EARTH_RAD_S } from '../physics/constants';
import { PropagationError, propagateTeme, TLE_SENSIBLE_DAYS, type EciState } from '../physics/sgp4';
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
  /**
   * Where to draw it, km, inertial: the modelled position lowered by the landing site's ground
   * height, because the drawn Earth is the bare ellipsoid. Cameras and models use this.
   */
  drawR: Vec3;
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
  const capsule: CapsuleState = {
    point: newTrajectoryPoint(),
    drawR: [0, 0, 0],
    phase: '',
    descent: null!,
  };
  let lastDescent: DescentResult | null = null;
  return function sceneStateAt(ms: number, descent: DescentResult | null = null): SceneState {
    if (ms === state.utcMs && descent === lastDescent) return state;
    state.utcMs = ms;
    lastDescent = descent;
    state.capsule = null;
    if (descent && ms >= descent.burnMs) {
      sampleAt(descent.samples, ms, capsule.point);
      const t = descent.samples.t;
      if (ms > t[descent.samples.length - 1]!) restOnGround(capsule.point, ms);
      const r = capsule.point.r;
      const k = 1 - groundAltKm(descent) / norm(r);
      capsule.drawR[0] = r[0] * k;
      capsule.drawR[1] = r[1] * k;
      capsule.drawR[2] = r[2] * k;
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
      // The physics message has the detail; the screen needs the gist.
      state.issUnavailable =
        Math.abs(ms - tle.epochMs) > TLE_SENSIBLE_DAYS * 86_400_000
          ? `No ISS orbit data within ${TLE_SENSIBLE_DAYS} days of this date`
          : 'SGP4 cannot place the ISS at this time';
    }
    return state;
  };
}

/**
 * After the last sample the capsule stands on the steppe: keep it on its ground point as Earth
 * turns, rather than at the inertial position of the touchdown instant.
 */
function restOnGround(p: TrajectoryPoint, ms: number): void {
  const ecef = geodeticToEcef(p.lat * DEG, p.lon * DEG, p.altKm);
  const r = ecefToEci(ecef, gmstRad(ms));
  p.ms = ms;
  p.r[0] = r[0];
  p.r[1] = r[1];
  p.r[2] = r[2];
  // The ground moves with Earth's rotation: v = ω × r.
  p.v[0] = -OMEGA_EARTH_RAD_S * r[1];
  p.v[1] = OMEGA_EARTH_RAD_S * r[0];
  p.v[2] = 0;
  p.speed = Math.hypot(p.v[0], p.v[1]);
  p.airspeed = 0;
  p.g = 1;
  p.q = 0;
  p.mach = 0;
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
