/**
 * The one state a descent's phases advance (phases/): where the spacecraft is, what is flying,
 * the samples and events so far, and the shared stepping that every phase uses.
 */
import { OMEGA_EARTH_RAD_S } from '../constants';
import { departureStateAt } from '../departure';
import { ecefToGeodetic, eciToEcef, geodeticAltKm, type Geodetic } from '../frames';
import { propagateTeme } from '../sgp4';
import { areaM2, DEFAULT_GROUND_ALT_KM, DEORBIT, STACK } from '../spacecraft';
import { gmstRad } from '../time';
import type { Vec3 } from '../vec3';
import { newDiagnostics, newVehicle, type Diagnostics, type Vehicle } from './dynamics';
import { EntryGuidance, type GuidanceTarget } from './guidance';
import { TrajectoryBuilder } from './builder';
import type { Phase } from './trajectory';
import {
  DescentError,
  REFERENCE_BANK_DEG,
  type DescentEvent,
  type DescentMode,
  type DescentOptions,
} from './types';

export const W = OMEGA_EARTH_RAD_S;
/** Give up if nothing has landed this long after the burn (too small a burn: no re-entry). */
export const MAX_FLIGHT_S = 4 * 3600;

export interface DescentState {
  readonly burnMs: number;
  /** Sidereal angle at the burn start, rad: the Earth-fixed frame at t is gmst0 + ωt. */
  readonly gmst0: number;
  readonly deltaVms: number;
  readonly mode: DescentMode;
  readonly groundAltKm: number;
  readonly referenceBankDeg: number;
  readonly target: GuidanceTarget | null;
  readonly impulsive: boolean;
  readonly burnAttitude: 'inertial' | 'retrograde';
  readonly guidance: EntryGuidance | null;
  /** Seconds after the start of the burn. */
  t: number;
  /** TEME x, y, z (km), vx, vy, vz (km/s). */
  readonly s: Float64Array;
  /** Height above the ellipsoid, km. */
  alt: number;
  phase: Phase;
  readonly veh: Vehicle;
  /** Air data and load at the last sample (record), returned by the dynamics. */
  readonly diag: Diagnostics;
  readonly builder: TrajectoryBuilder;
  readonly events: DescentEvent[];
  /** Peak sensed load of the descent module before the canopies, and where it happened. */
  readonly peak: { g: number; altKm: number; t: number; state: Float64Array };
  /** Index of the next informational altitude marker (step.ts). */
  nextMarker: number;
  // Scratch, so the loops allocate nothing.
  readonly prev: Float64Array;
  readonly lo: Float64Array;
  readonly scratch: Float64Array;
  readonly markerPos: Float64Array;
  readonly geo: Geodetic;
  readonly rEcef: Vec3;
}

/** The whole spacecraft (before module separation). */
export function setStack(veh: Vehicle): void {
  veh.massKg = STACK.massKg;
  veh.areaM2 = areaM2(STACK.diameterM);
  veh.machCd = false;
  veh.cd = STACK.cd;
  veh.liftToDrag = 0;
}

/** The state at the start of the burn: the ISS's (or the undocked Soyuz's) SGP4 state. */
export function createDescentState(opts: DescentOptions): DescentState {
  const deltaVms = opts.deltaVms ?? DEORBIT.deltaVms;
  const mode = opts.mode ?? 'guided';
  const groundAltKm = opts.groundAltKm ?? DEFAULT_GROUND_ALT_KM;
  const referenceBankDeg = opts.referenceBankDeg ?? REFERENCE_BANK_DEG;
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
  const veh = newVehicle();
  setStack(veh);
  const guidance =
    mode === 'guided' && target
      ? new EntryGuidance(target, groundAltKm, gmst0, referenceBankDeg, opts.guidance)
      : null;
  return {
    burnMs,
    gmst0,
    deltaVms,
    mode,
    groundAltKm,
    referenceBankDeg,
    target,
    impulsive: opts.impulsive ?? false,
    burnAttitude: opts.burnAttitude ?? DEORBIT.attitude,
    guidance,
    t: 0,
    s,
    alt: geodeticAltKm(s[0]!, s[1]!, s[2]!),
    phase: 'burn',
    veh,
    diag: newDiagnostics(),
    builder: new TrajectoryBuilder(2048),
    events: [],
    peak: { g: 0, altKm: 0, t: 0, state: new Float64Array(6) },
    nextMarker: 0,
    prev: new Float64Array(6),
    lo: new Float64Array(6),
    scratch: new Float64Array(6),
    markerPos: new Float64Array(3),
    geo: { lat: 0, lon: 0, altKm: 0 },
    rEcef: [0, 0, 0],
  };
}

/** Geodetic position of the inertial point `p` at `tt` seconds after the burn (into st.geo). */
export function toGeo(st: DescentState, tt: number, p: ArrayLike<number>): Geodetic {
  eciToEcef(p, st.gmst0 + W * tt, st.rEcef);
  return ecefToGeodetic(st.rEcef, st.geo);
}
