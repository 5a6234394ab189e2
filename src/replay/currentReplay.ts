import { findMission } from '../data/catalog';
import { issTles, issTlesFor } from '../data/issTles';
import type { ClockState } from '../clock/clockStore';
import { replayFor } from './replay';
import { sceneStateAt, type SceneState } from './sceneState';

/** The scene at the clock's instant, with the current mission's modelled descent or ascent. */
export function sceneOfClock(c: Pick<ClockState, 'utcMs' | 'missionId'>): SceneState {
  const mission = findMission(c.missionId);
  const replay = mission ? replayFor(mission) : null;
  const tles = mission ? issTlesFor(mission) : issTles;
  return sceneStateAt(c.utcMs, replay?.descent ?? null, replay?.ascent ?? null, tles);
}
