import { findMission } from '../data/catalog';
import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { replayFor } from '../timeline/replay';
import { AscentPath } from './AscentPath';
import { DescentPath } from './DescentPath';
import { LaunchSoyuz } from './LaunchSoyuz';
import { LandingZone } from './LandingZone';
import { Soyuz } from './Soyuz';

function useReplay() {
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  const mission = findMission(missionId);
  return { mission, replay: mission ? replayFor(mission) : null };
}

/** The current mission's modelled descent or approximate ascent: its path and the Soyuz on it. */
export function ReplayLayer() {
  const replay = useReplay().replay;
  const descent = replay?.descent ?? null;
  const ascent = replay?.ascent ?? null;
  return (
    <>
      {descent && <DescentPath descent={descent} />}
      <Soyuz />
      {ascent && <AscentPath ascent={ascent} />}
      {ascent && <LaunchSoyuz ascent={ascent} />}
    </>
  );
}

/** The current mission's landing zone; a child of <Earth>, in the Earth-fixed frame. */
export function LandingZoneLayer() {
  const { mission, replay } = useReplay();
  const descent = replay?.descent;
  if (!descent || !replay.aim) return null;
  const landing = mission?.landing;
  const reported =
    landing && landing.lat !== null && landing.lon !== null
      ? { lat: landing.lat, lon: landing.lon }
      : null;
  return <LandingZone aim={replay.aim} modelled={descent.touchdown} reported={reported} />;
}
