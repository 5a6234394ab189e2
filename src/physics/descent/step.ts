/**
 * What every descent phase does with the state: integrate a step, land a step exactly on an
 * altitude, mark the altitude crossings, and record samples and events.
 */
import { DEG } from '../constants';
import { geodeticAltKm } from '../frames';
import { BLACKOUT, ENTRY_INTERFACE_KM, G0_MS2, PARACHUTES } from '../spacecraft';
import { derivative, rk4Step } from './dynamics';
import type { DescentState } from './state';
import { toGeo } from './state';
import { PHASE_INDEX } from './trajectory';
import type { DescentEventType } from './types';

/** Sample the state now: the table row, and the entry's peak load. */
export function record(st: DescentState): void {
  const { s, diag } = st;
  derivative(st.t, s, st.veh, st.scratch, diag);
  const geo = toGeo(st, st.t, s);
  const g = (diag.sensedKms2 * 1000) / G0_MS2;
  st.builder.push({
    ms: st.burnMs + st.t * 1000,
    x: s[0]!,
    y: s[1]!,
    z: s[2]!,
    vx: s[3]!,
    vy: s[4]!,
    vz: s[5]!,
    altKm: diag.altKm,
    lat: geo.lat / DEG,
    lon: geo.lon / DEG,
    speed: Math.hypot(s[3]!, s[4]!, s[5]!),
    airspeed: diag.airspeedKms,
    g,
    q: diag.qPa,
    mach: diag.mach,
    phase: PHASE_INDEX[st.phase],
  });
  if (st.phase === 'descent_module' && g > st.peak.g) {
    st.peak.g = g;
    st.peak.altKm = diag.altKm;
    st.peak.t = st.t;
    st.peak.state.set(s);
  }
}

/** An event at `tt` seconds after the burn, at the inertial point `p` and height `altKm`. */
export function addEvent(
  st: DescentState,
  type: DescentEventType,
  tt: number,
  p: ArrayLike<number>,
  altKm: number,
): void {
  const geo = toGeo(st, tt, p);
  st.events.push({
    type,
    ms: st.burnMs + tt * 1000,
    altKm,
    lat: geo.lat / DEG,
    lon: geo.lon / DEG,
    r: [p[0]!, p[1]!, p[2]!],
  });
}

/** One integration step of `dt` seconds (the previous state kept in st.prev). */
export function advance(st: DescentState, dt: number): void {
  const s = st.s;
  st.prev.set(s);
  rk4Step(st.t, s, dt, st.veh, s);
  st.t += dt;
  st.alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
}

/**
 * After a step that went below `level`, redo it so the state sits on the level (a few secant
 * iterations on the step length): phase changes happen at their altitude, not a step late.
 */
export function refineTo(
  st: DescentState,
  level: number,
  tPrev: number,
  altPrev: number,
  dt: number,
): void {
  const { s, lo } = st;
  let fLo = 0;
  let aLo = altPrev;
  let fHi = dt;
  let aHi = st.alt;
  lo.set(st.prev);
  for (let k = 0; k < 4; k++) {
    const f = fLo + ((fHi - fLo) * (aLo - level)) / (aLo - aHi);
    s.set(lo);
    rk4Step(tPrev, lo, f, st.veh, s);
    const a = geodeticAltKm(s[0]!, s[1]!, s[2]!);
    st.t = tPrev + f;
    st.alt = a;
    if (Math.abs(a - level) < 1e-6) break;
    if (a > level) {
      fLo = f;
      aLo = a;
    } else {
      fHi = f;
      aHi = a;
    }
  }
}

/** Informational events at descending altitude crossings, in the order they are crossed. */
const MARKERS: readonly (readonly [DescentEventType, number])[] = [
  ['entry_interface', ENTRY_INTERFACE_KM],
  ['blackout_start', BLACKOUT.startAltKm],
  ['blackout_end', BLACKOUT.endAltKm],
  ['heat_shield_jettison', PARACHUTES.heatShieldAltKm],
];

/** Mark the altitude crossings of the last step (from tPrev, altPrev), interpolated inside it. */
export function checkMarkers(st: DescentState, tPrev: number, altPrev: number): void {
  const { s, prev, markerPos } = st;
  while (st.nextMarker < MARKERS.length) {
    const [type, level] = MARKERS[st.nextMarker]!;
    if (!(altPrev > level && st.alt <= level)) break;
    const f = (altPrev - level) / (altPrev - st.alt);
    for (let k = 0; k < 3; k++) markerPos[k] = prev[k]! + (s[k]! - prev[k]!) * f;
    addEvent(st, type, tPrev + (st.t - tPrev) * f, markerPos, level);
    st.nextMarker++;
  }
}
