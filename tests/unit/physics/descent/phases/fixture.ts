/**
 * A descent state at the start of any phase: MS-19 from its real burn time and ISS elements,
 * flown through the phases before it with the real driver's order (DESCENT_STEPS).
 */
import { DESCENT_STEPS } from '../../../../../src/physics/descent/simulate';
import { createDescentState, type DescentState } from '../../../../../src/physics/descent/state';
import type { DescentOptions } from '../../../../../src/physics/descent/types';
import { MS19 } from '../../validationCases';

export const MS19_GUIDED: DescentOptions = {
  tle: MS19.tle,
  burnMs: MS19.burnMs,
  target: MS19.target,
};

/** The state just before `phase` runs (every phase before it flown). */
export function stateBefore(
  phase: (st: DescentState) => void,
  opts: DescentOptions = MS19_GUIDED,
): DescentState {
  const st = createDescentState(opts);
  const k = DESCENT_STEPS.indexOf(phase);
  if (k < 0) throw new Error('not a descent phase');
  for (const p of DESCENT_STEPS.slice(0, k)) p(st);
  return st;
}

/** Airspeed (km/s) of a state: velocity relative to the air turning with the Earth. */
export function airspeedKms(st: DescentState): number {
  const s = st.s;
  const w = 7.2921151467e-5;
  return Math.hypot(s[3]! + w * s[1]!, s[4]! - w * s[0]!, s[5]!);
}

export const eventTypes = (st: DescentState): string[] => st.events.map((e) => e.type);
