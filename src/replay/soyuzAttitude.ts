import type { DockingPort } from '../physics/departure';
import type { DescentResult } from '../physics/descent';
import type { TouchdownRest } from '../data/touchdownRest';
import type { Vec3 } from '../physics/vec3';

/**
 * Where the Soyuz's nose points (the orbital module's end; for the descent module alone, its
 * hatch, with the heat shield opposite), as a unit vector in the flight frame: [forward (the
 * horizontal velocity), up (the local vertical), right]. The sources give the attitude only in
 * words; every choice below is the plainest reading, and says so.
 */
export interface AttitudeInputs {
  ms: number;
  descent: DescentResult | null;
  /** The port it left, or null when the departure is not modelled. */
  port: DockingPort | null;
  rest: TouchdownRest;
  /** Unit velocity in the flight frame (forward, up, right), for the entry's heat-shield-first. */
  velocity: Vec3;
}

/** Turns take this long where the sources give no time (assumption), s. */
const TURN_S = 20;
/** The ship is in its burn attitude this long before ignition (assumption: well before it), s. */
const BURN_ATTITUDE_LEAD_S = 5 * 60;
/** The slow turn from the docking axis to the burn attitude (assumption), s. */
const BURN_TURN_S = 120;
/** Sourced (SOURCES.md, parachute sequence): the capsule hangs at 30° under the main canopy. */
const MAIN_HANG_DEG = 30;
/** Re-rigging to the symmetric hang takes a few seconds (assumption). */
const RERIG_S = 5;
/** A capsule that came to rest on its side goes over this fast (assumption), s. */
const TOPPLE_S = 2;
/** MS-19 "landed upright, then tipped on its side by wind on the parachute" (UPI): after (assumption), s. */
const TIPPED_AFTER_S = 6;

const DEG = Math.PI / 180;

function smooth(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

function eventMs(d: DescentResult, type: string): number {
  return d.events.find((e) => e.type === type)?.ms ?? Infinity;
}

/** Unit vector from a to b by fraction f along the great circle (a and b unit, not opposite). */
function turn(a: Vec3, b: Vec3, f: number, out: Vec3): Vec3 {
  const x = a[0] + (b[0] - a[0]) * f;
  const y = a[1] + (b[1] - a[1]) * f;
  const z = a[2] + (b[2] - a[2]) * f;
  const n = Math.hypot(x, y, z) || 1;
  out[0] = x / n;
  out[1] = y / n;
  out[2] = z / n;
  return out;
}

/** Tilted from straight up by `deg` toward the forward direction. */
function tilted(deg: number, out: Vec3): Vec3 {
  out[0] = Math.sin(deg * DEG);
  out[1] = Math.cos(deg * DEG);
  out[2] = 0;
  return out;
}

const docked: Vec3 = [0, 1, 0];
const engineFirst: Vec3 = [-1, 0, 0];
const shieldFirst: Vec3 = [0, 0, 0];
const hang: Vec3 = [0, 1, 0];

/**
 * The nose direction at an instant, written into `out`:
 * - Docked and backing away: along the docking axis, nose to the station (up from a nadir port,
 *   down from a zenith one). Without a modelled departure: in the burn attitude.
 * - Turned to the burn attitude, engine first (retrograde), by five minutes before ignition.
 * - After module separation the descent module flies heat shield first, along the velocity.
 *   (It flies trimmed some 20° off that axis to make lift; not drawn, the sources give no angle.)
 * - Under the drogue it hangs hatch up; under the main canopy at 30° (sourced), re-rigged to
 *   vertical when the heat shield goes (the time is an assumption).
 * - On the ground: upright, or on its side as the sources say it came to rest.
 */
export function soyuzNose(p: AttitudeInputs, out: Vec3): Vec3 {
  const d = p.descent;
  if (p.port === 'zenith') docked[1] = -1;
  else docked[1] = 1;
  if (!d) return turn(docked, docked, 0, out);
  const burn = d.burnMs;
  if (p.ms < burn) {
    if (!p.port) return turn(engineFirst, engineFirst, 0, out);
    const turnStart = burn - (BURN_ATTITUDE_LEAD_S + BURN_TURN_S) * 1000;
    const f = smooth((p.ms - turnStart) / (BURN_TURN_S * 1000));
    // The straight path from up (or down) to backwards passes through neither pole: safe to lerp.
    return turn(docked, engineFirst, f, out);
  }
  const sep = eventMs(d, 'module_separation');
  if (p.ms < sep) return turn(engineFirst, engineFirst, 0, out);
  shieldFirst[0] = -p.velocity[0];
  shieldFirst[1] = -p.velocity[1];
  shieldFirst[2] = -p.velocity[2];
  const drogue = eventMs(d, 'drogue_chute');
  if (p.ms < drogue)
    return turn(engineFirst, shieldFirst, smooth((p.ms - sep) / (TURN_S * 1000)), out);
  const main = eventMs(d, 'main_chute');
  const touchdown = d.touchdown.ms;
  if (p.ms < main) return turn(shieldFirst, hang, smooth((p.ms - drogue) / 3000), out);
  if (p.ms < touchdown) {
    const rerig = eventMs(d, 'heat_shield_jettison');
    const deg = MAIN_HANG_DEG * (1 - smooth((p.ms - rerig) / (RERIG_S * 1000)));
    // From hanging under the drogue to 30° as the main canopy takes the load.
    return tilted(deg * smooth((p.ms - main) / 8000), out);
  }
  const start = p.rest === 'tipped' ? touchdown + TIPPED_AFTER_S * 1000 : touchdown;
  const over = p.rest === 'upright' ? 0 : smooth((p.ms - start) / (TOPPLE_S * 1000));
  return tilted(90 * over, out);
}

/** The angle between the nose and the local vertical, degrees: 0 upright, ~90 on its side. */
export function tiltDeg(nose: Vec3): number {
  return Math.acos(Math.min(1, Math.max(-1, nose[1]))) / DEG;
}
