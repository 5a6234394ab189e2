import type { Reason } from './reasons';
import { plasmaStrength } from './plasmaSheath';
import { newSoyuzState, soyuzAt, type ReturnExtras, type SoyuzState } from './soyuzState';
import { groundAltKm } from './replay';
import type { AscentResult } from '../physics/ascent';
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

const NO_TLE: Reason = { code: 'noTle' };
const NO_TLE_NEAR: Reason = { code: 'noTleNear', days: TLE_SENSIBLE_DAYS };
const SGP4_FAILED: Reason = { code: 'sgp4' };

/** Everything the scene draws, as a pure function of one instant (CesiumJS's getValue(time)). */
export interface SceneState {
  utcMs: number;
  /** Earth's rotation angle, radians. */
  gmst: number;
  /** Unit vector to the Sun, inertial (TEME ≈ true equator of date). */
  sunEci: Vec3;
  iss: IssState | null;
  /** Why the ISS is not shown, when it is not. */
  issUnavailable: Reason | null;
  /** The Soyuz descent module from the deorbit burn on, when the mission has a modelled descent. */
  capsule: CapsuleState | null;
  /** The launched Soyuz, on the pad, climbing, chasing the station and docked (launch missions). */
  ascent: AscentState | null;
  /**
   * The returning Soyuz from undocking on (from the burn where the departure is not modelled):
   * its range from the station, attitude and modules. Null before it, and for launches.
   */
  soyuz: SoyuzState | null;
}

/** The Soyuz of a launch replay. Approximate: see physics/ascent/. */
export interface AscentState {
  /**
   * The physics point (TEME, km, km/s): the pad turning with Earth before lift-off, the
   * approximate ascent and rendezvous, then the station's own SGP4 state once docked.
   */
  point: TrajectoryPoint;
  /** Where to draw it, km, inertial: lowered by the pad's height near the ground (bare ellipsoid). */
  drawR: Vec3;
  /** The latest ascent event passed ("launch" … "docking"), or "on_pad" before lift-off. */
  phase: string;
  /**
   * 0 until the final approach, rising smoothly to 1 at docking: how far the drawn Soyuz has
   * moved from the station's centre (where the ascent model ends) to the docking port.
   */
  approach: number;
  docked: boolean;
  ascent: AscentResult;
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
  /** The plasma sheath's strength, 0 to 1, from the heating (plasmaSheath.ts); 0 outside it. */
  plasma: number;
  /** Between the descent module's axis and the local vertical, degrees: ~90 on its side. */
  tiltDeg: number;
  descent: DescentResult;
}

export interface IssState {
  tle: Tle;
  eci: EciState;
  geo: Geodetic;
  speedKms: number;
}

function blank(): SceneState {
  return {
    utcMs: NaN,
    gmst: 0,
    sunEci: [1, 0, 0],
    iss: null,
    issUnavailable: null,
    capsule: null,
    ascent: null,
    soyuz: null,
  };
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
    plasma: 0,
    tiltDeg: 0,
    descent: null!,
  };
  const soyuz = newSoyuzState();
  let lastExtras: ReturnExtras | null = null;
  const ascentState: AscentState = {
    point: newTrajectoryPoint(),
    drawR: [0, 0, 0],
    phase: '',
    approach: 0,
    docked: false,
    ascent: null!,
  };
  let lastDescent: DescentResult | null = null;
  let lastAscent: AscentResult | null = null;
  let lastPool = tles;
  /** `pool`: the mission's element sets, where a file loaded by the person brought its own. */
  return function sceneStateAt(
    ms: number,
    descent: DescentResult | null = null,
    ascent: AscentResult | null = null,
    pool: readonly Tle[] = tles,
    extras: ReturnExtras | null = null,
  ): SceneState {
    if (
      ms === state.utcMs &&
      descent === lastDescent &&
      ascent === lastAscent &&
      pool === lastPool &&
      extras === lastExtras
    )
      return state;
    state.utcMs = ms;
    lastExtras = extras;
    lastDescent = descent;
    lastAscent = ascent;
    lastPool = pool;
    state.capsule = null;
    state.ascent = null;
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
      capsule.plasma = plasmaStrength(descent, capsule.point.q, capsule.point.airspeed);
      state.capsule = capsule;
    }
    state.gmst = gmstRad(ms);
    sunDirectionEci(ms, state.sunEci);
    issAt(ms, pool);
    const c = state.capsule;
    state.soyuz = soyuzAt(ms, descent, extras, c?.point ?? null, state.iss?.eci.r ?? null, soyuz)
      ? soyuz
      : null;
    if (c) c.tiltDeg = soyuz.tiltDeg;
    if (ascent) {
      ascentAt(ascent, ms, state.iss, ascentState);
      state.ascent = ascentState;
    }
    return state;
  };

  function issAt(ms: number, pool: readonly Tle[]): void {
    const tle = nearestTle(ms, pool);
    state.iss = null;
    state.issUnavailable = null;
    if (!tle) {
      state.issUnavailable = NO_TLE;
      return;
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
        Math.abs(ms - tle.epochMs) > TLE_SENSIBLE_DAYS * 86_400_000 ? NO_TLE_NEAR : SGP4_FAILED;
    }
  }
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

function latestEvent(flight: { events: readonly { type: string; ms: number }[] }, ms: number) {
  let name = flight.events[0]?.type ?? '';
  let at = -Infinity;
  for (const e of flight.events) {
    if (e.ms <= ms && e.ms >= at) {
      name = e.type;
      at = e.ms;
    }
  }
  return name;
}

/** The final approach to the port is drawn over this long before docking. */
const APPROACH_MS = 10 * 60_000;
/** Above this height over the pad the pad's own height no longer matters to the picture, km. */
const PAD_FADE_KM = 10;

/**
 * How much of the pad's height to take out of an ascent altitude to draw it on the bare
 * ellipsoid: all of it on the pad, none from PAD_FADE_KM up, so the rocket stands on the drawn
 * pad and the Soyuz still meets the station exactly. Used for the Soyuz and its path alike.
 */
export function padDropKm(altKm: number, padKm: number): number {
  return padKm * Math.min(1, Math.max(0, 1 - (altKm - padKm) / PAD_FADE_KM));
}

/**
 * How far above the pad the spacecraft (the point drawn as the launched Soyuz) stands on its
 * rocket, km: the Soyuz-2.1a's engines to the spacecraft's base, 27.1 m of core stage and 6.7 m
 * of third stage (rocket figures in scene/launch/rocketModel.ts), plus the adapter and the
 * spacecraft's own aft end. It fades out with the pad's height so the rocket stands on the drawn
 * pad and the Soyuz still meets the station exactly.
 */
export const SPACECRAFT_OVER_PAD_KM = 0.0393;

/** The launched Soyuz at an instant, written into `out`. */
function ascentAt(a: AscentResult, ms: number, iss: IssState | null, out: AscentState): void {
  const s = a.samples;
  const p = out.point;
  out.ascent = a;
  out.docked = ms >= a.dockingMs;
  if (ms < a.liftoffMs) {
    // On the pad: the first sample's ground point, turning with Earth.
    sampleAt(s, a.liftoffMs, p);
    restOnGround(p, ms);
    p.g = 1;
  } else if (out.docked && iss) {
    // Docked: wherever the drawn station is, so the two never drift apart on screen.
    sampleAt(s, a.dockingMs, p);
    p.ms = ms;
    p.r[0] = iss.eci.r[0];
    p.r[1] = iss.eci.r[1];
    p.r[2] = iss.eci.r[2];
    p.v[0] = iss.eci.v[0];
    p.v[1] = iss.eci.v[1];
    p.v[2] = iss.eci.v[2];
    p.lat = iss.geo.lat / DEG;
    p.lon = iss.geo.lon / DEG;
    p.altKm = iss.geo.altKm;
    p.speed = iss.speedKms;
    p.g = 0;
  } else sampleAt(s, ms, p);
  out.phase = ms < a.liftoffMs ? 'on_pad' : latestEvent(a, ms);
  const x = Math.min(1, Math.max(0, 1 - (a.dockingMs - ms) / APPROACH_MS));
  out.approach = x * x * (3 - 2 * x);
  const padKm = s.altKm[0]!;
  const drop = padDropKm(p.altKm, padKm);
  const k = 1 - (drop - (SPACECRAFT_OVER_PAD_KM * drop) / padKm) / norm(p.r);
  out.drawR[0] = p.r[0] * k;
  out.drawR[1] = p.r[1] * k;
  out.drawR[2] = p.r[2] * k;
}

export const sceneStateAt = createSceneStateSource();
