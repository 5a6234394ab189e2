import { findMission } from '../data/catalog';
import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { replayFor } from '../timeline/replay';
import { DescentPath } from './DescentPath';
import { Soyuz } from './Soyuz';

/** The current mission's modelled descent: its path and the Soyuz on it. */
export function ReplayLayer() {
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  const mission = findMission(missionId);
  const descent = mission ? replayFor(mission).descent : null;
  return (
    <>
      {descent && <DescentPath descent={descent} />}
      <Soyuz />
    </>
  );
}
