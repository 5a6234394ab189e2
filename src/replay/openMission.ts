import type { MissionRecord } from '../data/schema';
import type { ClockStore } from '../clock/clockStore';
import { missionClock } from './missionClock';

/** Switch the clock to a mission at its opening moment, as the picker and a loaded file do. */
export function openMission(clock: ClockStore, mission: MissionRecord): void {
  const c = missionClock(mission);
  const s = clock.getState();
  s.loadMission(mission.id, c.range, c.events, c.openingMs);
  // Smart rate is the default for a replay with a modelled descent or ascent.
  s.setSmart(c.events.some((e) => e.modelledMs !== null));
}
