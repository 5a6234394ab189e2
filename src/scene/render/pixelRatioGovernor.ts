/**
 * Chooses the canvas's pixel ratio from measured frame times: a 2016 laptop on a 4K projector
 * or a phone falls back to fewer pixels and keeps the replay moving, a fast machine keeps every
 * pixel. It only hears frame intervals while frames run back to back (a replay playing), so the
 * long gaps of a paused, on-demand scene never read as slowness.
 */
export interface GovernorOptions {
  /** Lowest ratio it will go to (CSS pixels per drawn pixel, squared, is the saving). */
  min: number;
  /** Highest ratio: the device's, capped. */
  max: number;
  /** Median frame interval above which it lowers the ratio, ms (below 20 frames a second). */
  slowMs: number;
  /** Median frame interval under which it tries a higher ratio again, ms. */
  fastMs: number;
}

export const DEFAULT_GOVERNOR: Omit<GovernorOptions, 'max'> = {
  min: 0.5,
  slowMs: 50,
  fastMs: 24,
};

/** Intervals judged at once when lowering: few, so a slow machine recovers within seconds. */
const SLOW_WINDOW = 5;
/**
 * Fast intervals in a row before trying more pixels: many, so one quiet moment is not enough.
 * Each raise that had to be undone doubles it: a machine on the edge tries less and less often
 * instead of see-sawing, while one slowed only by start-up work (shaders compiling, textures
 * uploading) climbs back to every pixel within seconds.
 */
const FAST_RUN = 90;
/** Ratios move in twentieths, so small swings in timing do not resize the canvas. */
const STEPS_PER_UNIT = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const toStep = (r: number) => Math.round(r * STEPS_PER_UNIT) / STEPS_PER_UNIT;

export class PixelRatioGovernor {
  ratio: number;
  private readonly opts: GovernorOptions;
  private recent: number[] = [];
  private fastRun = 0;
  private fastRunNeeded = FAST_RUN;
  /** The last change was a raise: a lowering now means that raise was too much. */
  private justRaised = false;

  constructor(opts: GovernorOptions) {
    this.opts = { ...opts, min: Math.min(opts.min, opts.max) };
    this.ratio = opts.max;
  }

  /**
   * One frame drawn `intervalMs` after the previous one, both while playing. Returns the new
   * ratio when it changes, else null. After a change the measurements start again, since they
   * were taken at the old ratio.
   */
  frame(intervalMs: number): number | null {
    const { min, max, slowMs, fastMs } = this.opts;
    this.recent.push(intervalMs);
    if (this.recent.length > SLOW_WINDOW) this.recent.shift();
    this.fastRun = intervalMs < fastMs ? this.fastRun + 1 : 0;

    if (this.recent.length === SLOW_WINDOW && this.ratio > min) {
      const m = median(this.recent);
      if (m > slowMs) {
        // Drawing time grows with the pixel count, the square of the ratio: aim at 60% of the
        // slow mark in one step, but never more than halve the ratio at once.
        const wanted = this.ratio * Math.sqrt((0.6 * slowMs) / m);
        return this.change(Math.max(min, toStep(Math.max(wanted, this.ratio / 2))), true);
      }
    }
    if (this.fastRun >= this.fastRunNeeded && this.ratio < max)
      return this.change(Math.min(max, toStep(this.ratio * 1.25)), false);
    return null;
  }

  /** Frames stopped running back to back (paused, hidden): measurements start again. */
  reset(): void {
    this.recent = [];
    this.fastRun = 0;
  }

  private change(next: number, lowering: boolean): number | null {
    this.reset();
    if (next === this.ratio) return null;
    if (lowering && this.justRaised) this.fastRunNeeded *= 2;
    this.justRaised = !lowering;
    this.ratio = next;
    return next;
  }
}
