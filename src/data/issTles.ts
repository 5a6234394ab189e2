import { missions } from './catalog';
import type { MissionRecord } from './schema';
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

const bundled = new Set<MissionRecord>(missions);
const withOwn = new WeakMap<MissionRecord, readonly Tle[]>();

/**
 * The element sets a mission's replay and scene draw on: the catalogue's, plus, for a mission
 * loaded from the person's file, the sets that file gave it (checked when the file was read,
 * data/missionFile.ts). Bundled missions get exactly the catalogue's list, so nothing a file
 * brings can move the station in a bundled replay.
 */
export function issTlesFor(mission: MissionRecord): readonly Tle[] {
  if (bundled.has(mission)) return issTles;
  let tles = withOwn.get(mission);
  if (!tles) {
    const seen = new Map(issTles.map((t) => [t.line1, t] as const));
    for (const t of mission.iss_tles)
      if (!seen.has(t.line1)) seen.set(t.line1, parseTle(t.line1, t.line2));
    tles = [...seen.values()].sort((a, b) => a.epochMs - b.epochMs);
    withOwn.set(mission, tles);
  }
  return tles;
}

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
