import type { DescentResult } from '../physics/descent';

/**
 * How strongly the plasma sheath glows, 0 to 1: the stagnation-point heating the physics implies,
 * as a share of this descent's peak. Sutton–Graves gives q̇ ∝ √ρ·v³; with the sampled dynamic
 * pressure q = ½ρv², √ρ·v³ = √(2q)·v², so the sheath follows √q·v² and needs no density column.
 * Below a few per cent of the peak the air does not glow visibly: 0 there (assumption).
 */
const VISIBLE_SHARE = 0.04;

const peaks = new WeakMap<DescentResult, number>();

function heating(q: number, airspeed: number): number {
  return Math.sqrt(Math.max(0, q)) * airspeed * airspeed;
}

function peakHeating(d: DescentResult): number {
  let peak = peaks.get(d);
  if (peak !== undefined) return peak;
  peak = 0;
  const s = d.samples;
  for (let i = 0; i < s.length; i++) peak = Math.max(peak, heating(s.q[i]!, s.airspeed[i]!));
  peaks.set(d, peak);
  return peak;
}

export function plasmaStrength(d: DescentResult, q: number, airspeed: number): number {
  const peak = peakHeating(d);
  if (!(peak > 0)) return 0;
  const share = heating(q, airspeed) / peak;
  return Math.min(1, Math.max(0, (share - VISIBLE_SHARE) / (1 - VISIBLE_SHARE)));
}
