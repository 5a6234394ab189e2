import type { DescentResult } from '../../physics/descent';
import { plasmaStrength } from '../../replay/plasmaSheath';
import { bracket } from '../../physics/descent/trajectory';

/**
 * Two looks that follow the entry's heating, from the sampled descent, computed once per descent:
 * - how charred the descent module is: the share of the whole heat load (∫ √q·v² dt, the same
 *   Sutton–Graves proportionality as the plasma sheath) absorbed so far, 0 before entry, 1 after;
 * - when the orbital and instrument modules break up: the first instant the heating reaches
 *   BREAKUP_SHARE of its peak. Reports put the break-up near 80 km; the share is the plainest
 *   stand-in that the physics gives (assumption).
 */
const BREAKUP_SHARE = 0.1;

interface HeatTable {
  t: Float64Array;
  /** Running share of the total heat load, 0..1, at each sample. */
  share: Float64Array;
  breakupMs: number;
}

const tables = new WeakMap<DescentResult, HeatTable>();

function table(d: DescentResult): HeatTable {
  let tab = tables.get(d);
  if (tab) return tab;
  const s = d.samples;
  const share = new Float64Array(s.length);
  let breakupMs = Infinity;
  let sum = 0;
  for (let i = 1; i < s.length; i++) {
    const rate = Math.sqrt(Math.max(0, s.q[i]!)) * s.airspeed[i]! ** 2;
    sum += rate * (s.t[i]! - s.t[i - 1]!);
    share[i] = sum;
    if (breakupMs === Infinity && plasmaStrength(d, s.q[i]!, s.airspeed[i]!) >= BREAKUP_SHARE)
      breakupMs = s.t[i]!;
  }
  if (sum > 0) for (let i = 0; i < share.length; i++) share[i]! /= sum;
  tab = { t: s.t, share, breakupMs };
  tables.set(d, tab);
  return tab;
}

/** Share of the entry's heat load taken by this instant, 0..1. */
export function heatLoadShare(d: DescentResult, ms: number): number {
  const { t, share } = table(d);
  const n = t.length;
  if (n === 0 || ms <= t[0]!) return 0;
  if (ms >= t[n - 1]!) return share[n - 1]!;
  const lo = bracket(t, n, ms);
  const hi = lo + 1;
  const f = (ms - t[lo]!) / (t[hi]! - t[lo]!);
  return share[lo]! + (share[hi]! - share[lo]!) * f;
}

/** When the other two modules break up in the heating, ms (Infinity if the heating never does). */
export function breakupMs(d: DescentResult): number {
  return table(d).breakupMs;
}
