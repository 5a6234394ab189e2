import { findMission } from '../data/catalog';
import { issTles, issTlesFor } from '../data/issTles';
import type { MissionRecord } from '../data/schema';
import type { Tle } from '../physics/tle';
import type { ClockState } from '../clock/clockStore';
import { replayFor, type Replay } from './replay';
import { sceneStateAt, type SceneState } from './sceneState';

/** The mission the clock shows, its replay, and the ISS element sets its instants use. */
export interface CurrentReplay {
  mission: MissionRecord | null;
  replay: Replay | null;
  tles: readonly Tle[];
}

let last: { id: string; mission: MissionRecord | undefined; value: CurrentReplay } | null = null;

/**
 * The clock's mission and its replay, derived from the id in this one place and kept until the id
 * changes, or the catalogue's record for it does (a file the person loaded replaces it).
 */
export function currentReplay(missionId: string): CurrentReplay {
  const mission = findMission(missionId);
  if (last && last.id === missionId && last.mission === mission) return last.value;
  const value: CurrentReplay = mission
    ? { mission, replay: replayFor(mission), tles: issTlesFor(mission) }
    : { mission: null, replay: null, tles: issTles };
  last = { id: missionId, mission, value };
  return value;
}

/**
 * The scene at the clock's instant, with the current mission's modelled descent or ascent. Every
 * component asks this for the frame's state; it is computed once per instant (sceneStateAt keeps
 * the last one) and shared.
 */
export function sceneOfClock(c: Pick<ClockState, 'utcMs' | 'missionId'>): SceneState {
  const { replay, tles } = currentReplay(c.missionId);
  return sceneStateAt(
    c.utcMs,
    replay?.descent ?? null,
    replay?.ascent ?? null,
    tles,
    replay?.extras ?? null,
  );
}
