import type { DescentMode, DescentOptions, DescentResult } from '../physics/descent';
import { DEG } from '../physics/constants';
import { haversineKm } from '../physics/frames';

/** What the students change: the burn's timing and size, and whether the capsule steers. */
export interface WhatIfChange {
  /** Burn start relative to the replay's, s (the lab offers ±120). */
  shiftS: number;
  /** Burn size, m/s (the lab offers 100–150; the sourced figure is 128). */
  deltaVms: number;
  mode: DescentMode;
}

export const SHIFT_LIMIT_S = 120;
export const DV_MIN_MS = 100;
export const DV_MAX_MS = 150;

/** The replay's own descent flown again with the change: same orbit, same target. */
export function whatIfOptions(base: DescentOptions, change: WhatIfChange): DescentOptions {
  return {
    ...base,
    burnMs: base.burnMs + change.shiftS * 1000,
    deltaVms: change.deltaVms,
    mode: change.mode,
  };
}

/**
 * What a what-if is measured against, like with like: the replay itself when the what-if flies
 * the replay's mode; otherwise (null here) the replay's own burn flown in the what-if's mode, the
 * options this returns. Measured against the guided replay, a ballistic burn a minute late read
 * "103 km further on" while it lands ~220 km further than its own on-time ballistic descent.
 */
export function baselineFor(
  base: DescentOptions,
  real: DescentResult,
  change: WhatIfChange,
): DescentOptions | null {
  if (change.mode === real.mode) return null;
  return whatIfOptions(base, { shiftS: 0, deltaVms: real.deltaVms, mode: change.mode });
}

/** The change that reproduces the replay: no shift, its own burn and mode. */
export function unchanged(real: DescentResult): WhatIfChange {
  return { shiftS: 0, deltaVms: real.deltaVms, mode: real.mode };
}

export interface LandingComparison {
  /** Great-circle distance between the two touchdowns, km. */
  distanceKm: number;
  /** Along the real descent's ground track: positive is further on (downrange), km. */
  downrangeKm: number;
  /** Across it: positive is to the left of the track, km. */
  crossrangeKm: number;
  /** What-if minus real touchdown time, s. */
  touchdownShiftS: number;
}

/** Unit east and north vectors at a point, and its position, on the unit sphere. */
function localFrame(lat: number, lon: number) {
  const [sf, cf, sl, cl] = [Math.sin(lat), Math.cos(lat), Math.sin(lon), Math.cos(lon)];
  return {
    p: [cf * cl, cf * sl, sf],
    east: [-sl, cl, 0],
    north: [-sf * cl, -sf * sl, cf],
  };
}

const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

/**
 * The real descent's ground course at the end of its flight, radians from north: the bearing from
 * where it passed 40 km on the way down to where the drogue opened. Over that short stretch the
 * path is straight on the map; a course taken from further back (a great circle from the entry
 * interface) bends away from the track near the top of the orbit and would split a landing
 * due east into "along" and a made-up "across".
 */
function finalCourse(real: DescentResult): number {
  const s = real.samples;
  const drogue = real.events.find((e) => e.type === 'drogue_chute');
  let i = s.length - 1;
  for (let k = 0; k < s.length; k++) {
    if (s.phase[k]! >= 2 && s.altKm[k]! < 40) {
      i = k;
      break;
    }
  }
  const a = { lat: s.lat[i]! * DEG, lon: s.lon[i]! * DEG };
  const b = drogue
    ? { lat: drogue.lat * DEG, lon: drogue.lon * DEG }
    : { lat: real.touchdown.lat * DEG, lon: real.touchdown.lon * DEG };
  const dLon = b.lon - a.lon;
  return Math.atan2(
    Math.sin(dLon) * Math.cos(b.lat),
    Math.cos(a.lat) * Math.sin(b.lat) - Math.sin(a.lat) * Math.cos(b.lat) * Math.cos(dLon),
  );
}

/**
 * Where the what-if lands against the real touchdown, split along and across the real ground
 * track at its end (finalCourse), so "downrange" means what a class sees on the map: further
 * along the path.
 */
export function compareLandings(real: DescentResult, alt: DescentResult): LandingComparison {
  const a = real.touchdown;
  const b = alt.touchdown;
  const here = localFrame(a.lat * DEG, a.lon * DEG);
  const course = finalCourse(real);
  const along = [
    Math.sin(course) * here.east[0]! + Math.cos(course) * here.north[0]!,
    Math.sin(course) * here.east[1]! + Math.cos(course) * here.north[1]!,
    Math.sin(course) * here.east[2]! + Math.cos(course) * here.north[2]!,
  ];
  const left = [
    Math.cos(course) * -here.east[0]! + Math.sin(course) * here.north[0]!,
    Math.cos(course) * -here.east[1]! + Math.sin(course) * here.north[1]!,
    Math.cos(course) * -here.east[2]! + Math.sin(course) * here.north[2]!,
  ];
  const distanceKm = haversineKm(a.lat * DEG, a.lon * DEG, b.lat * DEG, b.lon * DEG);
  const target = localFrame(b.lat * DEG, b.lon * DEG).p;
  // Split the arc by the direction of the landing point as seen along the ground.
  const x = dot(target, along);
  const y = dot(target, left);
  const norm = Math.hypot(x, y) || 1;
  return {
    distanceKm,
    downrangeKm: (distanceKm * x) / norm,
    crossrangeKm: (distanceKm * y) / norm,
    touchdownShiftS: (b.ms - a.ms) / 1000,
  };
}
