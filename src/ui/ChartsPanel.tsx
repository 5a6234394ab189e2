import { findMission } from '../data/catalog';
import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { replayFor } from '../timeline/replay';
import { Charts } from './Charts';

/** Charts for the current mission, when it has a modelled descent. */
export function ChartsPanel() {
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  const mission = findMission(missionId);
  const descent = mission ? replayFor(mission).descent : null;
  return descent ? <Charts descent={descent} /> : null;
}
