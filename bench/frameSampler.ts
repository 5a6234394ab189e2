/**
 * Frame timing inside the page: requestAnimationFrame timestamps, the browser's own record of
 * when each frame began, so the figures include everything the page does between frames and
 * nothing of the benchmark's round trips to Node.
 */
import type { Page } from 'playwright-core';
import type {} from './peer/api'; // window.soyuzPeer

export interface FrameStats {
  /** Intervals between consecutive requestAnimationFrame timestamps. */
  intervals: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  /** The page's own count of frames drawn, per second over the same span (a cross-check). */
  drawnPerS: number;
  seconds: number;
  /** Every interval, ms, in order: the raw data behind the figures. */
  intervalsMs: number[];
}

/** Which page counter to read: the app's getState().frames or the peer's. */
export type Counter = 'app' | 'peer';

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Collect rAF timestamps for `durationMs` and the page's frame counter at the first and last. */
export async function sampleFrames(
  page: Page,
  counter: Counter,
  durationMs: number,
): Promise<FrameStats> {
  const raw = await page.evaluate(
    // Runs in the page: no imports, and no named inner functions (tsx would wrap them in a
    // helper, __name, that the page does not have).
    async ({ counter, durationMs }) => {
      const state = counter === 'app' ? window.soyuzReplay! : window.soyuzPeer!;
      const stamps: number[] = [];
      let first = 0;
      for (;;) {
        const t = await new Promise<number>((r) => requestAnimationFrame(r));
        if (stamps.length === 0) first = state.getState().frames;
        stamps.push(t);
        if (t - stamps[0]! >= durationMs) return { stamps, first, last: state.getState().frames };
      }
    },
    { counter, durationMs },
  );
  const intervalsMs = raw.stamps.slice(1).map((t, i) => round2(t - raw.stamps[i]!));
  if (intervalsMs.length < 2)
    throw new Error(`${counter}: fewer than 3 frames in ${durationMs} ms`);
  const sorted = [...intervalsMs].sort((a, b) => a - b);
  const seconds = (raw.stamps.at(-1)! - raw.stamps[0]!) / 1000;
  return {
    intervals: intervalsMs.length,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    meanMs: round2((seconds * 1000) / intervalsMs.length),
    drawnPerS: round2((raw.last - raw.first) / seconds),
    seconds: round2(seconds),
    intervalsMs,
  };
}
