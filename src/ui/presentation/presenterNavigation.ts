import type { ClockStore } from '../../clock/clockStore';
import { nextEvent, previousEvent } from '../../clock/events';

/** How far before an event a clicker jump lands, so the class sees it happen: sim ms. */
export const PRESENTER_LEAD_MS = 15_000;

/**
 * A presenter clicker's PageDown / PageUp: go to the next (or previous) event and play into it,
 * landing a little before it with smart rate on, so the moment itself plays at real time. The
 * "current" event is the one a previous jump aimed at (lead ahead of the clock), so pressing
 * PageDown again moves on rather than landing on the same event.
 */
export function presenterStep(clock: ClockStore, direction: 1 | -1): boolean {
  const s = clock.getState();
  const aimedAt = s.utcMs + PRESENTER_LEAD_MS;
  const target = direction > 0 ? nextEvent(s.events, aimedAt) : previousEvent(s.events, aimedAt);
  if (!target) return false;
  s.seek(Math.max(s.range.startMs, target.utcMs - PRESENTER_LEAD_MS));
  // Forwards, in smart rate (real time around the event).
  if (s.rate <= 0) s.setRate(1);
  clock.getState().setSmart(true);
  if (!clock.getState().playing) clock.getState().play();
  return true;
}
