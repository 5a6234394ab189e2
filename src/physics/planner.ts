/**
 * Deorbit-burn planner: given the ISS elements, a landing site and an approximate landing time,
 * find the burn time (and the guided steering) that lands on the site.
 *
 *   planDescent({ tle, target, landNearMs, windowMs?, mode?, deltaVms? })
 *     => { burnMs, descent, passes }
 *
 * How: the landing site is only reachable on orbits whose ground track passes near it, and on
 * such an orbit the burn time sets where along the track the capsule comes down (≈ 7 km per
 * second of burn time). So:
 * 1. list the ISS passes near the site in the window (SGP4 ground track, local minima of the
 *    distance from the sub-satellite point to the site);
 * 2. on each, solve the burn time by secant iteration so the *reference* trajectory (the
 *    guidance's mid-authority bank, no steering; or ballistic) comes down abeam the site: the
 *    guidance then has as much range to add as to remove;
 * 3. keep the pass whose touchdown comes nearest the requested time, and fly the guided descent
 *    from that burn to report the miss and whether the site lay within the automatic footprint
 *    (outside, the miss is how far the site lies beyond that pass's reach). Not the pass whose
 *    track comes closest: near the northern zone (~50° N, by the 51.6° inclination) the track
 *    runs almost east-west and several revolutions pass within a few tens of km of the site;
 *    the closest one landed TMA-18 two revolutions late.
 */
import { DEG } from './constants';
import { ecefToEci, geodeticToEcef } from './frames';
import { propagateTeme } from './sgp4';
import { gmstRad } from './time';
import type { Tle } from './tle';
import { cross, dot, unit } from './vec3';
import {
  simulateDescent,
  type DescentMode,
  type DescentResult,
  type GuidanceTarget,
} from './descent/index';

export interface PlanOptions {
  tle: Tle;
  target: GuidanceTarget;
  /** Approximate landing time, UTC ms. */
  landNearMs: number;
  /** Landings considered: landNearMs ± windowMs (default 12 h: "that day"). */
  windowMs?: number;
  mode?: DescentMode;
  deltaVms?: number;
  groundAltKm?: number;
}

export interface PassPlan {
  burnMs: number;
  /** Target's distance from the reference ground track, km (positive: left of the track). */
  crossKm: number;
  /** Along-track miss of the reference trajectory after solving, km. */
  alongKm: number;
  touchdownMs: number;
}

export interface PlanResult {
  burnMs: number;
  /** The descent flown from the planned burn, steered to the target in guided mode. */
  descent: DescentResult;
  /** Every pass considered, best first. */
  passes: PassPlan[];
}

export class PlanError extends Error {
  override name = 'PlanError';
}

const R_MEAN = 6371;
/** Burn start to landing is ~53-54 min (SOURCES.md); the ISS passes the site ~15 min before. */
const BURN_BEFORE_LANDING_MS = 54 * 60_000;
/** Only passes whose ground track comes this close to the site are worth solving. */
const PASS_RADIUS_KM = 1500;

/** Target's along/cross-track position relative to a ground track through `from` and `to`. */
export function trackOffsets(
  from: GuidanceTarget,
  to: GuidanceTarget,
  target: GuidanceTarget,
): { alongKm: number; crossKm: number } {
  const a = unit(geodeticToEcef(from.lat * DEG, from.lon * DEG, 0));
  const b = unit(geodeticToEcef(to.lat * DEG, to.lon * DEG, 0));
  const t = unit(geodeticToEcef(target.lat * DEG, target.lon * DEG, 0));
  const n = unit(cross(a, b));
  const tn = dot(t, n);
  const tp = unit([t[0]! - tn * n[0]!, t[1]! - tn * n[1]!, t[2]! - tn * n[2]!]);
  const along = Math.atan2(dot(cross(tp, b), n), dot(tp, b));
  // alongKm > 0: `to` lies beyond the target along the track.
  return { alongKm: along * R_MEAN, crossKm: Math.asin(Math.max(-1, Math.min(1, tn))) * R_MEAN };
}

/** Times in [startMs, endMs] when the ISS passes closest to the target (within PASS_RADIUS_KM). */
export function passesNear(
  tle: Tle,
  target: GuidanceTarget,
  startMs: number,
  endMs: number,
): number[] {
  const te = geodeticToEcef(target.lat * DEG, target.lon * DEG, 0);
  const step = 20_000;
  const dist = (ms: number) => {
    const r = propagateTeme(tle, ms).r;
    const ti = ecefToEci(te, gmstRad(ms));
    const c = dot(unit(r), unit(ti));
    return Math.acos(Math.max(-1, Math.min(1, c))) * R_MEAN;
  };
  const out: number[] = [];
  let d0 = dist(startMs);
  let d1 = dist(startMs + step);
  for (let ms = startMs + 2 * step; ms <= endMs; ms += step) {
    const d2 = dist(ms);
    if (d1 < d0 && d1 <= d2 && d1 < PASS_RADIUS_KM) out.push(ms - step);
    d0 = d1;
    d1 = d2;
  }
  return out;
}

export function planDescent(opts: PlanOptions): PlanResult {
  const mode = opts.mode ?? 'guided';
  const window = opts.windowMs ?? 12 * 3_600_000;
  const { tle, target } = opts;
  const base = {
    tle,
    deltaVms: opts.deltaVms,
    groundAltKm: opts.groundAltKm,
    mode,
  };
  const passTimes = passesNear(
    tle,
    target,
    opts.landNearMs - window - 20 * 60_000,
    opts.landNearMs + window,
  );
  if (passTimes.length === 0) {
    throw new PlanError(
      `the ISS ground track does not come within ${PASS_RADIUS_KM} km of ${target.lat}, ${target.lon} in that window`,
    );
  }
  const passes: PassPlan[] = [];
  for (const tPass of passTimes) {
    // The capsule lands ~15 min after the station overflies the site; start from there.
    let burn = tPass + 15 * 60_000 - BURN_BEFORE_LANDING_MS;
    let prevBurn = NaN;
    let prevAlong = NaN;
    let res: DescentResult | undefined;
    let off = { alongKm: Infinity, crossKm: Infinity };
    for (let k = 0; k < 8; k++) {
      // Reference trajectory: no target, so guided mode flies its mid-authority bank unsteered.
      res = simulateDescent({ ...base, burnMs: burn });
      const ei = res.events.find((e) => e.type === 'entry_interface')!;
      off = trackOffsets(ei, res.touchdown, target);
      // alongKm > 0: the reference comes down beyond the target → burn earlier.
      const along = off.alongKm;
      if (Math.abs(along) < 0.5) break;
      let dt = -along / 7.3; // s; the landing point moves ~7.3 km per second of burn time
      if (Number.isFinite(prevAlong) && along !== prevAlong) {
        const slope = (along - prevAlong) / ((burn - prevBurn) / 1000);
        if (slope > 1 && slope < 20) dt = -along / slope;
      }
      prevBurn = burn;
      prevAlong = along;
      burn += Math.max(-1200, Math.min(1200, dt)) * 1000;
    }
    if (!res) continue;
    const landing = res.touchdown.ms;
    if (Math.abs(landing - opts.landNearMs) > window) continue;
    passes.push({
      burnMs: Math.round(burn),
      crossKm: off.crossKm,
      alongKm: off.alongKm,
      touchdownMs: landing,
    });
  }
  if (passes.length === 0) throw new PlanError('no landing opportunity in that window');
  // The pass that lands nearest the requested time (passes are a revolution, ~92 min, apart).
  passes.sort(
    (a, b) => Math.abs(a.touchdownMs - opts.landNearMs) - Math.abs(b.touchdownMs - opts.landNearMs),
  );
  const best = passes[0]!;
  const descent = simulateDescent({ ...base, burnMs: best.burnMs, target });
  return { burnMs: best.burnMs, descent, passes };
}
