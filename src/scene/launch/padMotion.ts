/**
 * How the pad moves, as pure functions of the seconds since lift-off (negative before it), so a
 * scrub backwards shows exactly what playing forwards showed.
 *
 * The sources give the lift-off instant only. The plainest choice is taken for the rest and said
 * here: the four support arms and the two umbilical masts start to swing back as the rocket
 * rises (at lift-off), taking a second or two, as launch films show; the exhaust and the smoke
 * start at lift-off too (the engines' ignition ~15 s earlier is not modelled).
 */

/** Smooth 0 → 1 between a and b. */
export function smoothStep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/** Support arms (the "tulip"): leaning in on the rocket → swung back (rad, from vertical). */
export const ARM_CLOSED_RAD = -0.29;
export const ARM_OPEN_RAD = 0.62;
/** Umbilical masts: upright → swung back (rad, from vertical). */
export const MAST_OPEN_RAD = 1.1;

/**
 * 0 while the arms hold the rocket, 1 once they have swung back: they fall away as soon as the
 * rocket's weight is off them, in about a second and a half.
 */
export function armOpening(sinceS: number): number {
  return smoothStep(0.1, 1.6, sinceS);
}

/** 0 upright, 1 swung back: the masts move with the arms, a little slower (they are taller). */
export function mastOpening(sinceS: number): number {
  return smoothStep(0, 3, sinceS);
}

/**
 * How bright the exhaust in the flame pit and trench is, 0 to 1: full while the rocket's
 * engines are within ~60 m of the pit, gone by ~250 m (the flame no longer reaches the pit).
 */
export function pitFlame(sinceS: number, heightM: number): number {
  if (sinceS < 0) return 0;
  return 1 - smoothStep(60, 250, heightM);
}
