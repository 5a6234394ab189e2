/** The descent's public types: options, result, events, errors. */
import type { DockingPort } from '../departure';
import type { Tle } from '../tle';
import type { Vec3 } from '../vec3';
import type { GuidanceOptions, GuidanceTarget } from './guidance';
import type { TrajectoryTable } from './trajectory';

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
  /**
   * The engine's pointing: 'inertial' (default, DEORBIT.attitude) holds the anti-velocity of
   * ignition; 'retrograde' follows the turning anti-velocity (for comparison).
   */
  burnAttitude?: 'inertial' | 'retrograde';
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
  /**
   * Guided to a target: whether the target lay within the automatic system's footprint at the
   * guidance start (outside, the capsule flew to the nearest point it could reach). Null when
   * nothing was guided to a target (ballistic, or no target).
   */
  footprint: 'inside' | 'outside' | null;
}

export class DescentError extends Error {
  override name = 'DescentError';
}

/**
 * The bank flown before guidance takes over and the reference the planner aims with: 60°, half
 * of the lift up, which leaves the guidance about as much range to add as to remove.
 */
export const REFERENCE_BANK_DEG = 60;
