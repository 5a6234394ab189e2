/**
 * The smoke and steam cloud of the launch, as a pure function of the seconds since lift-off: each
 * puff has a fixed birth time and path, so any instant can be drawn without history (scrubbing
 * back shows exactly the same cloud). Pad frame, metres: +Y up, the flame trench leaving along −X.
 *
 * None of this is sourced; it is a picture of what launch films show, in round figures:
 *  - the exhaust leaves the trench mouth (~60 m from the rocket) at tens of m/s, slows in the air,
 *    billows up and spreads into a cloud some 100-200 m across within a minute;
 *  - a second, smaller cloud of steam rises round the launch table as the rocket climbs away;
 *  - a light wind (an assumption: 3 m/s, blowing toward −X+Z) carries it off, and it thins out
 *    over about three minutes.
 */
export interface Puff {
  x: number;
  y: number;
  z: number;
  /** Radius, m. */
  size: number;
  /** 0 (gone) to 1. */
  opacity: number;
}

/** Puffs out of the trench, one every TRENCH_EVERY_S while the flame reaches the pit. */
export const TRENCH_PUFFS = 24;
const TRENCH_EVERY_S = 0.45;
/** Puffs of steam round the table, one every TABLE_EVERY_S as the rocket leaves. */
export const TABLE_PUFFS = 10;
const TABLE_EVERY_S = 0.6;
export const PUFFS = TRENCH_PUFFS + TABLE_PUFFS;

/** Where the trench opens to the air, m along −X from the rocket's axis. */
export const TRENCH_MOUTH_M = 60;
/** How long a puff is seen, s. */
export const PUFF_LIFE_S = 180;
const WIND_X = -2.1;
const WIND_Z = 2.1;

/** A fixed pseudo-random number in [0, 1) for puff i and channel k (no state, no Math.random). */
function hash(i: number, k: number): number {
  const s = Math.sin(i * 127.1 + k * 311.7) * 43758.5453;
  return s - Math.floor(s);
}

/** Distance travelled by a jet that starts at v0 and slows with time constant tau, m. */
const slowed = (v0: number, tau: number, t: number) => v0 * tau * (1 - Math.exp(-t / tau));

/** Puff i at `sinceS` seconds after lift-off, written into `out`; opacity 0 when not born or gone. */
export function puffAt(i: number, sinceS: number, out: Puff): Puff {
  const trench = i < TRENCH_PUFFS;
  const j = trench ? i : i - TRENCH_PUFFS;
  const born = trench ? j * TRENCH_EVERY_S : 1 + j * TABLE_EVERY_S;
  const age = sinceS - born;
  if (age < 0 || age > PUFF_LIFE_S) {
    out.opacity = 0;
    out.size = 0;
    return out;
  }
  const spread = hash(i, 1) - 0.5;
  const lift = hash(i, 2);
  if (trench) {
    // Out of the mouth and on along the ground, fanning out, then rising as it cools.
    const run = slowed(45 + 20 * hash(i, 3), 6, age);
    out.x = -TRENCH_MOUTH_M - run;
    out.z = spread * (20 + 0.9 * run);
    out.y = 6 + (4 + 6 * lift) * Math.sqrt(age) + 0.06 * run;
    out.size = 8 + 4 * hash(i, 4) + 3.2 * Math.sqrt(age);
  } else {
    // Steam round the table, rising slowly and spreading.
    const a = 2 * Math.PI * hash(i, 3);
    const r = 8 + slowed(10, 8, age);
    out.x = r * Math.cos(a);
    out.z = r * Math.sin(a);
    out.y = 4 + (2 + 3 * lift) * Math.sqrt(age);
    out.size = 6 + 2.5 * hash(i, 4) + 2.4 * Math.sqrt(age);
  }
  out.x += WIND_X * age;
  out.z += WIND_Z * age;
  // A quick swell as it appears, then thinning out as it spreads.
  const fadeIn = Math.min(1, age / 0.6);
  const fadeOut = Math.max(0, 1 - age / PUFF_LIFE_S);
  out.opacity = fadeIn * fadeOut * fadeOut * (trench ? 0.85 : 0.6);
  return out;
}
