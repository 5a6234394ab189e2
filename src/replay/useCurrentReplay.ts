import { useClock } from '../clock/clockStore';
import { useClockStore } from '../clock/ClockContext';
import { currentReplay, type CurrentReplay } from './currentReplay';

/** The clock's mission and its replay, for React: re-renders when the mission changes, not per frame. */
export function useCurrentReplay(): CurrentReplay {
  const clock = useClockStore();
  return currentReplay(useClock(clock, (s) => s.missionId));
}
