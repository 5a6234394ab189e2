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
 * How: one DescentState (state.ts) advanced by one small function per phase (phases/), each
 * integrating with the shared stepping of step.ts; this file is the driver.
 *
 * Sources and assumptions of every parameter: physics/spacecraft.ts and docs/physics.md.
 */
import { DEG } from '../constants';
import { haversineKm } from '../frames';
import { canopyDescent } from './phases/canopyDescent';
import { coastToSeparation } from './phases/coast';
import { deorbitBurn } from './phases/burn';
import { drogue } from './phases/drogue';
import { entry } from './phases/entry';
import { mainChute } from './phases/mainChute';
import { moduleSeparation } from './phases/separation';
import { softLanding } from './phases/softLanding';
import { createDescentState, type DescentState } from './state';
import type { DescentOptions, DescentResult } from './types';

/** The phases in flight order; each advances the state from where the one before left it. */
export const DESCENT_STEPS: readonly ((st: DescentState) => void)[] = [
  deorbitBurn,
  coastToSeparation,
  moduleSeparation,
  entry,
  drogue,
  mainChute,
  canopyDescent,
  softLanding,
];

/** Simulate one descent. Throws PropagationError (SGP4) or DescentError. */
export function simulateDescent(opts: DescentOptions): DescentResult {
  const st = createDescentState(opts);
  for (const phase of DESCENT_STEPS) phase(st);
  return descentResult(st);
}

/** The result of a finished descent (its state after touchdown). */
export function descentResult(st: DescentState): DescentResult {
  const { events, target } = st;
  events.sort((a, b) => a.ms - b.ms);
  const td = events[events.length - 1]!;
  const missKm = target
    ? haversineKm(td.lat * DEG, td.lon * DEG, target.lat * DEG, target.lon * DEG)
    : null;
  return {
    burnMs: st.burnMs,
    deltaVms: st.deltaVms,
    mode: st.mode,
    target,
    samples: st.builder.build(),
    events,
    touchdown: { ms: td.ms, lat: td.lat, lon: td.lon },
    peakG: st.peak.g,
    peakGAltKm: st.peak.altKm,
    missKm,
    reversals: st.guidance?.reversals ?? 0,
    footprint: st.guidance?.footprint ?? null,
  };
}
