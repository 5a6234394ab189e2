/**
 * The one state the ascent's stages advance (stages/): the inputs, the geometry at lift-off
 * (the pad, the target plane, the altitude and out-of-plane shapes), and the path so far.
 */
import { DEG, OMEGA_EARTH_RAD_S } from '../constants';
import { ecefToEci, geodeticToEcef } from '../frames';
import { propagateTeme, type EciState } from '../sgp4';
import { gmstRad } from '../time';
import type { Tle } from '../tle';
import { cross, dot, norm, unit, type Vec3 } from '../vec3';
import { ALT_SHAPE_B, AscentError, SOYUZ_NOMINAL_ASCENT, type AscentOptions } from './types';

export const W = OMEGA_EARTH_RAD_S;

/** Sampled path: seconds after lift-off, TEME position (km) and velocity (km/s). */
export interface Path {
  ts: number[];
  pos: Vec3[];
  vel: Vec3[];
}

export interface AscentState {
  readonly tle: Tle;
  readonly liftoffMs: number;
  readonly insertionMs: number;
  readonly dockingMs: number;
  /** Whether the insertion time was given (sourced) or is the nominal one. */
  readonly insertionSourced: boolean;
  /** Lift-off to insertion, s. */
  readonly T: number;
  readonly perigeeKm: number;
  readonly apogeeKm: number;
  /** The pad at lift-off (TEME) and its velocity (the Earth's rotation). */
  readonly p0: Vec3;
  readonly padVel: Vec3;
  /** ISS state at insertion, and the normal of its plane. */
  readonly issIns: EciState;
  readonly nPlane: Vec3;
  /** Pad's offset from the plane (km), the in-plane radial and prograde unit vectors. */
  readonly d0: number;
  readonly u0: Vec3;
  readonly t0: Vec3;
  /** Pad radius, its distance from the plane's normal axis, horizontal and out-of-plane speeds. */
  readonly R0: number;
  readonly rho0: number;
  readonly vh0: number;
  readonly zRate0: number;
  /** The powered ascent (lift-off to insertion), then the rendezvous (insertion to docking). */
  powered: Path;
  rendezvous: Path;
  /** ISS minus Soyuz argument of latitude at insertion, degrees. */
  phaseAngleDeg: number;
}

/** Check the inputs and set up the geometry at lift-off. Throws AscentError. */
export function createAscentState(opts: AscentOptions): AscentState {
  const nominal = SOYUZ_NOMINAL_ASCENT;
  const liftoffMs = opts.liftoffMs;
  const insertionMs = opts.insertionMs ?? liftoffMs + nominal.spacecraftSeparationS * 1000;
  const dockingMs = opts.dockingMs;
  const T = (insertionMs - liftoffMs) / 1000;
  if (!(T > nominal.secondStageSeparationS + 60 && T < 900)) {
    throw new AscentError(
      `orbit insertion must come ${(nominal.secondStageSeparationS + 60).toFixed(0)}-900 s after lift-off (the nominal Soyuz profile), got ${T.toFixed(1)} s`,
    );
  }
  if (!(dockingMs > insertionMs + 1800_000)) {
    throw new AscentError('docking must come at least 30 min after orbit insertion');
  }
  const { lat, lon } = opts.pad;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
    throw new AscentError(`pad ${lat}, ${lon} is off the globe`);
  }
  const perigeeKm = opts.perigeeKm ?? nominal.perigeeKm;
  const apogeeKm = opts.apogeeKm ?? nominal.apogeeKm;
  if (!(perigeeKm >= 150 && apogeeKm >= perigeeKm && apogeeKm < 1000)) {
    throw new AscentError(`insertion orbit ${perigeeKm} x ${apogeeKm} km is not a usable orbit`);
  }

  // Geometry at lift-off: the pad, the target plane.
  const padAlt = opts.pad.altKm ?? 0.104;
  const padEcef = geodeticToEcef(opts.pad.lat * DEG, opts.pad.lon * DEG, padAlt);
  const p0 = ecefToEci(padEcef, gmstRad(liftoffMs));
  const padVel: Vec3 = [-W * p0[1], W * p0[0], 0];
  const issIns = propagateTeme(opts.tle, insertionMs);
  const nPlane = unit(cross(issIns.r, issIns.v));
  const d0 = dot(p0, nPlane);
  const inPlane0: Vec3 = [p0[0] - d0 * nPlane[0], p0[1] - d0 * nPlane[1], p0[2] - d0 * nPlane[2]];
  const u0 = unit(inPlane0);
  return {
    tle: opts.tle,
    liftoffMs,
    insertionMs,
    dockingMs,
    insertionSourced: opts.insertionMs !== undefined,
    T,
    perigeeKm,
    apogeeKm,
    p0,
    padVel,
    issIns,
    nPlane,
    d0,
    u0,
    t0: cross(nPlane, u0),
    R0: norm(p0),
    rho0: norm(inPlane0),
    vh0: dot(padVel, cross(nPlane, u0)),
    zRate0: dot(padVel, nPlane),
    powered: { ts: [], pos: [], vel: [] },
    rendezvous: { ts: [], pos: [], vel: [] },
    phaseAngleDeg: 0,
  };
}

// Altitude shape, normalised to 1 at insertion: a regularised incomplete beta function, the
// integral of a vertical speed ∝ τ (1 − τ)^(b − 1), zero at lift-off and at insertion. b = 3.3 is
// the least-squares fit to the nominal 45 / 79 / 157 km at T+117.8 / 153.33 / 287.7 s (residuals
// +3.9 / −5.5 / +1.0 km for a 200 km insertion at T+529.229 s).
export function hShape(st: AscentState, t: number): number {
  const tau = Math.min(1, Math.max(0, t / st.T));
  return 1 - Math.pow(1 - tau, ALT_SHAPE_B) * (1 + ALT_SHAPE_B * tau);
}

export function hSlope(st: AscentState, t: number): number {
  const T = st.T;
  const tau = Math.min(1, Math.max(0, t / T));
  return (ALT_SHAPE_B * (ALT_SHAPE_B + 1) * tau * Math.pow(1 - tau, ALT_SHAPE_B - 1)) / T;
}

/** Out-of-plane offset (km): a cubic from the pad's offset and drift to zero at insertion. */
export function zAt(st: AscentState, t: number): number {
  const s = t / st.T;
  return st.d0 * (1 - 3 * s * s + 2 * s * s * s) + st.zRate0 * st.T * (s - 2 * s * s + s * s * s);
}

export function zRate(st: AscentState, t: number): number {
  const T = st.T;
  const s = t / T;
  return st.d0 * ((-6 * s + 6 * s * s) / T) + st.zRate0 * (1 - 4 * s + 3 * s * s);
}
