/**
 * Soyuz descent simulation: deorbit burn → coast → module separation → entry → canopies →
 * touchdown, from the ISS state at the burn time.
 *
 * API (what the app and the CLI use):
 *
 *   simulateDescent({ tle, burnMs, deltaVms = 128, mode = 'guided', target?: { lat, lon } })
 *     => { samples, events, touchdown, peakG, peakGAltKm, missKm, ... }
 *
 *   - `tle`: a parsed ISS element set (physics/tle.ts parseTle); the Soyuz starts from the
 *     station's SGP4 state at `burnMs`, or, given `departure: { undockMs, port }`, from its own
 *     state after undocking and the separation burns (departure.ts; a few hundred m to a few km
 *     and a few m/s from the station's).
 *   - `samples`: a TrajectoryTable of columnar Float64Arrays (t in UTC ms; TEME x, y, z, vx, vy,
 *     vz; altKm, lat, lon, speed, airspeed, g, q, mach; phase index into PHASES). Interpolate
 *     per frame with `sampleAt(samples, ms, out)`, which allocates nothing.
 *   - `events`: deorbit_burn_start, deorbit_burn_end, module_separation, entry_interface
 *     (100 km, the Russian timelines' definition), blackout_start, blackout_end, peak_g,
 *     drogue_chute, main_chute, heat_shield_jettison, soft_landing_engines, touchdown, each
 *     with its UTC ms, altitude, latitude/longitude and TEME position.
 *   - `mode`: 'guided' steers the bank angle toward `target` (see guidance.ts); without a
 *     target it flies the reference bank with the side force cancelled. 'ballistic' spins the
 *     capsule: no net lift.
 *
 * Sources and assumptions of every parameter: physics/spacecraft.ts and docs/physics.md.
 */
import { OMEGA_EARTH_RAD_S } from '../constants';
import { densityKgM3 } from '../atmosphere';
import { ecefToGeodetic, geodeticToEcef, haversineKm, type Geodetic } from '../frames';
import { departureStateAt, type DockingPort } from '../departure';
import { propagateTeme } from '../sgp4';
import {
  areaM2,
  BLACKOUT,
  DEFAULT_GROUND_ALT_KM,
  DEORBIT,
  DESCENT_MODULE,
  DM_CD_SUBSONIC,
  DROGUE_CD,
  ENTRY_INTERFACE_KM,
  G0_MS2,
  MAIN_CD,
  PARACHUTES,
  SEPARATION,
  STACK,
} from '../spacecraft';
import { gmstRad } from '../time';
import type { Tle } from '../tle';
import type { Vec3 } from '../vec3';
import { derivative, diag, newVehicle, rk4Step, type Vehicle } from './dynamics';
import { geodeticAltKm } from './geodesy';
import { EntryGuidance, type GuidanceOptions, type GuidanceTarget } from './guidance';
import { PHASE_INDEX, TrajectoryBuilder, type Phase, type TrajectoryTable } from './trajectory';

export type DescentMode = 'guided' | 'ballistic';

export const DESCENT_EVENT_TYPES = [
  'deorbit_burn_start',
  'deorbit_burn_end',
  'module_separation',
  'entry_interface',
  'blackout_start',
  'blackout_end',
  'peak_g',
  'drogue_chute',
  'main_chute',
  'heat_shield_jettison',
  'soft_landing_engines',
  'touchdown',
] as const;
export type DescentEventType = (typeof DESCENT_EVENT_TYPES)[number];

export interface DescentEvent {
  type: DescentEventType;
  /** UTC epoch ms. */
  ms: number;
  altKm: number;
  /** Degrees. */
  lat: number;
  lon: number;
  /** TEME position, km. */
  r: Vec3;
}

export interface DescentOptions {
  tle: Tle;
  /** Start of the deorbit burn, UTC epoch ms. */
  burnMs: number;
  /** m/s, default 128 (sourced). The engine's acceleration is fixed, so the burn lasts dv/128 × 280 s. */
  deltaVms?: number;
  mode?: DescentMode;
  /** Landing target, degrees. */
  target?: GuidanceTarget;
  /** Ground height above the ellipsoid at the landing site, km (default 0.35, an assumption). */
  groundAltKm?: number;
  /** Bank angle flown before guidance starts and without a target, degrees. */
  referenceBankDeg?: number;
  /** Apply the Δv at mid-burn in one instant instead of over the burn (for comparison). */
  impulsive?: boolean;
  guidance?: Partial<GuidanceOptions>;
  /**
   * Start from the Soyuz's own state after undocking and the separation burns (departure.ts)
   * instead of the ISS's: undocking time (UTC ms) and the port it left (nadir or zenith).
   */
  departure?: { undockMs: number; port: DockingPort };
}

export interface DescentResult {
  burnMs: number;
  deltaVms: number;
  mode: DescentMode;
  target: GuidanceTarget | null;
  samples: TrajectoryTable;
  events: DescentEvent[];
  touchdown: { ms: number; lat: number; lon: number };
  /** Peak sensed load during the entry (before the canopies), g0. */
  peakG: number;
  peakGAltKm: number;
  /** Great-circle distance from touchdown to the target, km; null without a target. */
  missKm: number | null;
  /** Bank reversals the guidance flew. */
  reversals: number;
}

export class DescentError extends Error {
  override name = 'DescentError';
}

/**
 * The bank flown before guidance takes over and the reference the planner aims with: 60°, half
 * of the lift up, which leaves the guidance about as much range to add as to remove.
 */
export const REFERENCE_BANK_DEG = 60;

const DEG = Math.PI / 180;
const W = OMEGA_EARTH_RAD_S;
/** Give up if nothing has landed this long after the burn (too small a burn: no re-entry). */
const MAX_FLIGHT_S = 4 * 3600;
/** Assumption: the drogue reaches full drag area over 5 s (reefing not sourced). */
const DROGUE_OPENING_S = 5;

function setStack(veh: Vehicle): void {
  veh.massKg = STACK.massKg;
  veh.areaM2 = areaM2(STACK.diameterM);
  veh.machCd = false;
  veh.cd = STACK.cd;
  veh.liftToDrag = 0;
}

function setDescentModule(veh: Vehicle, lifting: boolean, bankDeg: number): void {
  veh.massKg = DESCENT_MODULE.massKg;
  veh.areaM2 = areaM2(DESCENT_MODULE.diameterM);
  veh.machCd = true;
  veh.liftToDrag = lifting ? DESCENT_MODULE.liftToDrag : 0;
  veh.bankCos = Math.cos(bankDeg * DEG);
  veh.bankSin = Math.sin(bankDeg * DEG);
}

/** Simulate one descent. Throws PropagationError (SGP4) or DescentError. */
export function simulateDescent(opts: DescentOptions): DescentResult {
  const deltaVms = opts.deltaVms ?? DEORBIT.deltaVms;
  const mode = opts.mode ?? 'guided';
  const ground = opts.groundAltKm ?? DEFAULT_GROUND_ALT_KM;
  const refBank = opts.referenceBankDeg ?? REFERENCE_BANK_DEG;
  const target = opts.target ?? null;
  if (!(deltaVms > 0 && deltaVms < 1000)) {
    throw new DescentError(`delta-v must be between 0 and 1000 m/s, got ${deltaVms}`);
  }
  const burnMs = opts.burnMs;
  const gmst0 = gmstRad(burnMs);
  const iss = opts.departure
    ? departureStateAt({ tle: opts.tle, ...opts.departure }, burnMs)
    : propagateTeme(opts.tle, burnMs);
  const s = Float64Array.of(iss.r[0], iss.r[1], iss.r[2], iss.v[0], iss.v[1], iss.v[2]);
  const prev = new Float64Array(6);
  const lo = new Float64Array(6);
  const scratch = new Float64Array(6);
  const geo: Geodetic = { lat: 0, lon: 0, altKm: 0 };
  const rEcef: Vec3 = [0, 0, 0];
  const builder = new TrajectoryBuilder(2048);
  const events: DescentEvent[] = [];
  const veh = newVehicle();
  setStack(veh);

  const accel = DEORBIT.deltaVms / DEORBIT.durationS / 1000; // km/s^2, the engine's
  const burnS = deltaVms / 1000 / accel;
  const guidance =
    mode === 'guided' && target
      ? new EntryGuidance(target, ground, gmst0, refBank, opts.guidance)
      : null;

  let phase: Phase = 'burn';
  let t = 0;
  let alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
  let peakG = 0;
  let peakGAlt = 0;
  let peakGT = 0;
  const peakState = new Float64Array(6);

  const toGeo = (tt: number, p: ArrayLike<number>): Geodetic => {
    const th = gmst0 + W * tt;
    const c = Math.cos(th);
    const sn = Math.sin(th);
    rEcef[0] = c * p[0]! + sn * p[1]!;
    rEcef[1] = -sn * p[0]! + c * p[1]!;
    rEcef[2] = p[2]!;
    return ecefToGeodetic(rEcef, geo);
  };

  const record = (): void => {
    derivative(t, s, veh, scratch);
    toGeo(t, s);
    const g = (diag.sensedKms2 * 1000) / G0_MS2;
    builder.push({
      ms: burnMs + t * 1000,
      x: s[0]!,
      y: s[1]!,
      z: s[2]!,
      vx: s[3]!,
      vy: s[4]!,
      vz: s[5]!,
      altKm: diag.altKm,
      lat: geo.lat / DEG,
      lon: geo.lon / DEG,
      speed: Math.hypot(s[3]!, s[4]!, s[5]!),
      airspeed: diag.airspeedKms,
      g,
      q: diag.qPa,
      mach: diag.mach,
      phase: PHASE_INDEX[phase],
    });
    if (phase === 'descent_module' && g > peakG) {
      peakG = g;
      peakGAlt = diag.altKm;
      peakGT = t;
      peakState.set(s);
    }
  };

  const addEvent = (type: DescentEventType, tt: number, p: ArrayLike<number>, a: number): void => {
    toGeo(tt, p);
    events.push({
      type,
      ms: burnMs + tt * 1000,
      altKm: a,
      lat: geo.lat / DEG,
      lon: geo.lon / DEG,
      r: [p[0]!, p[1]!, p[2]!],
    });
  };

  /** One step; returns the new altitude. */
  const step = (dt: number): void => {
    prev.set(s);
    rk4Step(t, s, dt, veh, s);
    t += dt;
    alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
  };

  /**
   * After a step that went below `level`, redo it so the state sits on the level (a few secant
   * iterations on the step length): phase changes happen at their altitude, not a step late.
   */
  const refineTo = (level: number, tPrev: number, altPrev: number, dt: number): void => {
    let fLo = 0;
    let aLo = altPrev;
    let fHi = dt;
    let aHi = alt;
    lo.set(prev);
    for (let k = 0; k < 4; k++) {
      const f = fLo + ((fHi - fLo) * (aLo - level)) / (aLo - aHi);
      s.set(lo);
      rk4Step(tPrev, lo, f, veh, s);
      const a = geodeticAltKm(s[0]!, s[1]!, s[2]!);
      t = tPrev + f;
      alt = a;
      if (Math.abs(a - level) < 1e-6) break;
      if (a > level) {
        fLo = f;
        aLo = a;
      } else {
        fHi = f;
        aHi = a;
      }
    }
  };

  /** Informational events at descending altitude crossings, interpolated inside the step. */
  const markers: [DescentEventType, number][] = [
    ['entry_interface', ENTRY_INTERFACE_KM],
    ['blackout_start', BLACKOUT.startAltKm],
    ['blackout_end', BLACKOUT.endAltKm],
    ['heat_shield_jettison', PARACHUTES.heatShieldAltKm],
  ];
  let nextMarker = 0;
  const markerPos = new Float64Array(3);
  const checkMarkers = (tPrev: number, altPrev: number): void => {
    while (nextMarker < markers.length) {
      const [type, level] = markers[nextMarker]!;
      if (!(altPrev > level && alt <= level)) break;
      const f = (altPrev - level) / (altPrev - alt);
      for (let k = 0; k < 3; k++) markerPos[k] = prev[k]! + (s[k]! - prev[k]!) * f;
      addEvent(type, tPrev + (t - tPrev) * f, markerPos, level);
      nextMarker++;
    }
  };

  // --- Deorbit burn: finite, constant acceleration along the anti-velocity. ---
  record();
  addEvent('deorbit_burn_start', 0, s, alt);
  if (opts.impulsive) {
    const half = burnS / 2;
    while (t < half - 1e-9) {
      step(Math.min(5, half - t));
      record();
    }
    const v = Math.hypot(s[3]!, s[4]!, s[5]!);
    const k = 1 - deltaVms / 1000 / v;
    s[3] = s[3]! * k;
    s[4] = s[4]! * k;
    s[5] = s[5]! * k;
    record();
  } else {
    veh.thrustKms2 = accel;
  }
  while (t < burnS - 1e-9) {
    step(Math.min(5, burnS - t));
    record();
  }
  veh.thrustKms2 = 0;
  addEvent('deorbit_burn_end', t, s, alt);

  // --- Coast of the whole spacecraft down to module separation. ---
  phase = 'coast';
  while (true) {
    if (t > MAX_FLIGHT_S) {
      throw new DescentError(
        `the spacecraft does not come down to ${SEPARATION.altKm} km within ${MAX_FLIGHT_S / 3600} h of the burn (delta-v ${deltaVms} m/s too small?)`,
      );
    }
    const tPrev = t;
    const altPrev = alt;
    const dt = alt > 250 ? 20 : alt > 170 ? 10 : 5;
    step(dt);
    if (alt <= SEPARATION.altKm) {
      refineTo(SEPARATION.altKm, tPrev, altPrev, dt);
      break;
    }
    record();
  }
  addEvent('module_separation', t, s, alt);
  phase = 'descent_module';
  setDescentModule(veh, mode === 'guided', refBank);
  record();

  // --- The descent module alone: entry to the drogue command. ---
  let guiding = false;
  while (true) {
    if (t > MAX_FLIGHT_S)
      throw new DescentError(
        `the descent module does not reach the ground (t=${t.toFixed(0)} alt=${alt.toFixed(2)} phase=${phase} v=${diag.airspeedKms})`,
      );
    const airspeed = diag.airspeedKms;
    if (guidance && (guiding || alt <= ENTRY_INTERFACE_KM)) {
      guiding = true;
      guidance.step(t, s, veh, airspeed);
    }
    const tPrev = t;
    const altPrev = alt;
    const dt = alt > ENTRY_INTERFACE_KM ? 5 : airspeed > 0.5 ? 1 : 2;
    step(dt);
    if (alt <= PARACHUTES.drogueAltKm) {
      refineTo(PARACHUTES.drogueAltKm, tPrev, altPrev, dt);
      checkMarkers(tPrev, altPrev);
      break;
    }
    checkMarkers(tPrev, altPrev);
    record();
  }
  record();
  if (peakG > 0) addEvent('peak_g', peakGT, peakState, peakGAlt);

  // --- Drogue, then main canopy, then the soft-landing engines. ---
  addEvent('drogue_chute', t, s, alt);
  phase = 'drogue';
  veh.liftToDrag = 0;
  veh.chuteFrom = 0;
  veh.chuteTo = DROGUE_CD * PARACHUTES.drogueAreaM2;
  veh.chuteStartS = t;
  veh.chuteRampS = DROGUE_OPENING_S;
  record();
  while (true) {
    const tPrev = t;
    const altPrev = alt;
    const dt = t - veh.chuteStartS < DROGUE_OPENING_S ? 0.25 : 1;
    step(dt);
    if (alt <= PARACHUTES.mainAltKm) {
      refineTo(PARACHUTES.mainAltKm, tPrev, altPrev, dt);
      break;
    }
    record();
  }
  addEvent('main_chute', t, s, alt);
  phase = 'main_chute';
  veh.chuteFrom = veh.chuteTo;
  veh.chuteTo = MAIN_CD * PARACHUTES.mainAreaM2;
  veh.chuteStartS = t;
  veh.chuteRampS = PARACHUTES.mainOpeningS;
  record();
  const engineAlt = ground + PARACHUTES.softLandingAltKm;
  // Integrate the canopy's opening and the transient that follows it in full...
  const settleS = PARACHUTES.mainOpeningS + 25;
  while (t - veh.chuteStartS < settleS && alt > engineAlt + 0.5) {
    const tPrev = t;
    const altPrev = alt;
    step(0.5);
    checkMarkers(tPrev, altPrev);
    record();
  }
  // ...then descend at the canopy's equilibrium speed. Under a 1,000 m^2 canopy the capsule
  // settles within a second (explicit integration would need sub-second steps for 15 minutes),
  // and the air, turning with the Earth, carries it over a fixed ground point.
  toGeo(t, s);
  const latG = geo.lat;
  const lonG = geo.lon;
  const cdaMain = veh.chuteTo + DM_CD_SUBSONIC * veh.areaM2;
  const sinkKms = (h: number): number => {
    const g = G0_MS2 * (6371 / (6371 + h)) ** 2;
    return Math.sqrt((2 * veh.massKg * g) / (densityKgM3(h) * cdaMain)) / 1000;
  };
  const placeAt = (h: number): void => {
    geodeticToEcef(latG, lonG, h, rEcef);
    const th = gmst0 + W * t;
    const c = Math.cos(th);
    const sn = Math.sin(th);
    s[0] = c * rEcef[0] - sn * rEcef[1];
    s[1] = sn * rEcef[0] + c * rEcef[1];
    s[2] = rEcef[2];
    const v = sinkKms(h);
    const rn = Math.hypot(s[0], s[1], s[2]);
    s[3] = -W * s[1] - (v * s[0]) / rn;
    s[4] = W * s[0] - (v * s[1]) / rn;
    s[5] = -(v * s[2]) / rn;
  };
  let h = alt;
  while (h > engineAlt) {
    const tPrev = t;
    const altPrev = h;
    prev.set(s);
    const dt = 10;
    // RK4 on dh/dt = -sink(h).
    const a1 = sinkKms(h);
    const a2 = sinkKms(h - 0.5 * dt * a1);
    const a3 = sinkKms(h - 0.5 * dt * a2);
    const a4 = sinkKms(h - dt * a3);
    let hn = h - (dt / 6) * (a1 + 2 * a2 + 2 * a3 + a4);
    let used = dt;
    if (hn <= engineAlt) {
      used = (h - engineAlt) / ((h - hn) / dt);
      hn = engineAlt;
    }
    t = tPrev + used;
    h = hn;
    placeAt(h);
    alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
    checkMarkers(tPrev, altPrev);
    if (h > engineAlt) record();
  }
  record();
  addEvent('soft_landing_engines', t, s, alt);

  // The engines take the last 0.8 m at constant deceleration down to the touchdown speed.
  const v0 = diag.airspeedKms;
  const v1 = PARACHUTES.touchdownSpeedMs / 1000;
  const burnTime = (2 * PARACHUTES.softLandingAltKm) / (v0 + v1);
  t += burnTime;
  // Over 0.2 s the capsule moves with the ground: rotate it with the Earth and drop it 0.8 m.
  const rot = W * burnTime;
  const c = Math.cos(rot);
  const sn = Math.sin(rot);
  const x = c * s[0]! - sn * s[1]!;
  const y = sn * s[0]! + c * s[1]!;
  const rn = Math.hypot(x, y, s[2]!);
  const shrink = (rn - PARACHUTES.softLandingAltKm) / rn;
  s[0] = x * shrink;
  s[1] = y * shrink;
  s[2] = s[2]! * shrink;
  // At rest on the ground the inertial velocity is the Earth's, plus the last 1.5 m/s downward.
  s[3] = -W * s[1]! - (v1 * s[0]!) / rn;
  s[4] = W * s[0]! - (v1 * s[1]!) / rn;
  s[5] = -(v1 * s[2]!) / rn;
  alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
  phase = 'landed';
  record();
  addEvent('touchdown', t, s, alt);

  events.sort((a, b) => a.ms - b.ms);
  const td = events[events.length - 1]!;
  const missKm = target
    ? haversineKm(td.lat * DEG, td.lon * DEG, target.lat * DEG, target.lon * DEG)
    : null;
  return {
    burnMs,
    deltaVms,
    mode,
    target,
    samples: builder.build(),
    events,
    touchdown: { ms: td.ms, lat: td.lat, lon: td.lon },
    peakG,
    peakGAltKm: peakGAlt,
    missKm,
    reversals: guidance?.reversals ?? 0,
  };
}
