/** The ascent's public types, the nominal profile and the model's shape constants. */
import type { Tle } from '../tle';
import type { Vec3 } from '../vec3';
import type { TrajectoryTable } from '../descent/trajectory';

/** Ascent phases; an ascent table's `phase` column holds indices into this list (not PHASES). */
export const ASCENT_PHASES = [
  'first_stage',
  'second_stage',
  'third_stage',
  'rendezvous',
  'docked',
] as const;
export type AscentPhase = (typeof ASCENT_PHASES)[number];

export const ASCENT_EVENT_TYPES = [
  'launch',
  'first_stage_separation',
  'fairing_jettison',
  'second_stage_separation',
  'third_stage_cutoff',
  'orbit_insertion',
  'docking',
] as const;
export type AscentEventType = (typeof ASCENT_EVENT_TYPES)[number];

/**
 * Nominal Soyuz-2.1a ascent from Site 31 (Soyuz MS-25 as flown, russianspaceweb.com quoting
 * Roscosmos): seconds after lift-off, nominal altitudes in km, initial orbit in km.
 */
export const SOYUZ_NOMINAL_ASCENT = {
  firstStageSeparationS: 117.8,
  firstStageSeparationAltKm: 45,
  fairingS: 153.33,
  fairingAltKm: 79,
  secondStageSeparationS: 287.7,
  secondStageSeparationAltKm: 157,
  thirdStageCutoffS: 525.93,
  spacecraftSeparationS: 529.229,
  perigeeKm: 200,
  apogeeKm: 242,
} as const;

/** Shape exponent of the horizontal speed build-up (assumption, see the header). */
export const SPEED_EXPONENT = 1.5;
/** Altitude shape parameter, fitted to the nominal altitudes (see simulateAscent). */
export const ALT_SHAPE_B = 3.3;
/** Sample spacing: powered ascent, rendezvous (s). */
export const ASCENT_STEP_S = 1;
export const RENDEZVOUS_STEP_S = 10;

export interface AscentOptions {
  /** ISS elements near the launch (the target orbit and the docking position). */
  tle: Tle;
  /** Lift-off, UTC epoch ms. */
  liftoffMs: number;
  /** Spacecraft separation (orbit insertion), UTC ms. Default: lift-off + 529.229 s (nominal). */
  insertionMs?: number;
  /** Docking, UTC ms. */
  dockingMs: number;
  /** Pad, geodetic degrees; height over the ellipsoid in km (default 0.104, Site 31). */
  pad: { lat: number; lon: number; altKm?: number };
  /** Insertion orbit heights, km (default 200 x 242, the nominal Soyuz figures). */
  perigeeKm?: number;
  apogeeKm?: number;
}

export interface AscentEvent {
  type: AscentEventType;
  /** UTC epoch ms. */
  ms: number;
  altKm: number;
  lat: number;
  lon: number;
  /** TEME position, km. */
  r: Vec3;
  approximate: true;
  /** Where the time comes from. */
  basis: 'sourced' | 'nominal profile';
}

export interface AscentResult {
  approximate: true;
  liftoffMs: number;
  insertionMs: number;
  dockingMs: number;
  /** Same columns as a descent; `phase` indexes ASCENT_PHASES. Use with `sampleAt`. */
  samples: TrajectoryTable;
  events: AscentEvent[];
  /** The insertion orbit as modelled (osculating at insertion). */
  insertion: {
    approximate: true;
    perigeeKm: number;
    apogeeKm: number;
    speedKms: number;
    inclinationDeg: number;
    /** ISS osculating inclination at the same instant, for comparison. */
    issInclinationDeg: number;
    /** Argument of latitude of the ISS minus that of the Soyuz at insertion (deg, ISS ahead > 0). */
    phaseAngleDeg: number;
  };
}

export class AscentError extends Error {
  override name = 'AscentError';
}
