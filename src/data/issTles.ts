import { missions } from './catalog';
import { parseTle, type Tle } from '../physics/tle';

/**
 * Every real ISS element set in the catalogue, parsed and sorted by epoch. A TLE that fails
 * validation is left out rather than trusted; tests check that none does.
 */
function collect(): Tle[] {
  const seen = new Map<string, Tle>();
  for (const m of missions) {
    for (const t of m.iss_tles) {
      if (seen.has(t.line1)) continue;
      seen.set(t.line1, parseTle(t.line1, t.line2));
    }
  }
  return [...seen.values()].sort((a, b) => a.epochMs - b.epochMs);
}

export const issTles: readonly Tle[] = collect();

/** The element set whose epoch is nearest the instant: SGP4 error grows with distance from epoch. */
export function nearestTle(ms: number, tles: readonly Tle[] = issTles): Tle | undefined {
  let best: Tle | undefined;
  let bestGap = Infinity;
  for (const t of tles) {
    const gap = Math.abs(t.epochMs - ms);
    if (gap < bestGap) {
      best = t;
      bestGap = gap;
    }
  }
  return best;
}

/** Element sets further than this from a replay's start are not trusted to start a simulation. */
export const REPLAY_TLE_MAX_GAP_MS = 10 * 86_400_000;

/** The nearest element set if it is near enough to start a replay's simulation from, else null. */
export function replayTle(ms: number, tles: readonly Tle[] = issTles): Tle | null {
  const tle = nearestTle(ms, tles);
  return tle && Math.abs(tle.epochMs - ms) <= REPLAY_TLE_MAX_GAP_MS ? tle : null;
}
