/**
 * Where a worksheet chart's line, ticks and event marks go, in the SVG's own units: pure, so
 * the printed page is vector (crisp at any printer's resolution) and testable without a browser.
 */
export interface Plot {
  /** The plot area inside the SVG: left, top, width, height. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The time span drawn, epoch ms: the burn to touchdown. */
  t0: number;
  t1: number;
  /** The value at the top edge (the bottom is 0). */
  top: number;
}

export const xOf = (p: Plot, ms: number) => p.x + ((ms - p.t0) / (p.t1 - p.t0)) * p.w;
export const yOf = (p: Plot, v: number) => p.y + p.h - (v / (p.top || 1)) * p.h;

/** The line through the samples as an SVG polyline's points, one decimal place. */
export function linePoints(p: Plot, t: ArrayLike<number>, v: ArrayLike<number>): string {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++)
    out.push(`${xOf(p, t[i]!).toFixed(1)},${yOf(p, v[i]!).toFixed(1)}`);
  return out.join(' ');
}

const STEPS_MIN = [1, 2, 5, 10, 15, 20, 30, 60];

/** Whole minutes from the burn to mark on the time axis: a round step, at most `most` marks. */
export function minuteTicks(t0: number, t1: number, most = 8): number[] {
  const span = (t1 - t0) / 60_000;
  const step = STEPS_MIN.find((s) => span / s <= most) ?? Math.ceil(span / most);
  const ticks: number[] = [];
  for (let m = 0; m <= span + 1e-9; m += step) ticks.push(m);
  return ticks;
}

/**
 * A row for each event number above a chart (xs in order), so numbers closer than `gap` do not
 * print over each other: the first row whose last number is far enough to the left, else the
 * top one. Events seconds apart (soft landing and touchdown) stack instead of merging.
 */
export function labelRows(xs: readonly number[], gap: number, rows = 3): number[] {
  const last = new Array<number>(rows).fill(-Infinity);
  return xs.map((x) => {
    const r = Math.max(
      0,
      last.findIndex((l) => x - l >= gap),
    );
    last[r] = x;
    return r;
  });
}
