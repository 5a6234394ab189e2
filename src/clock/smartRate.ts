import type { ClockEvent } from './events';

/** Seconds of distance to an event per unit of rate: 1× within 4 s of an event, 10× at 40 s. */
const TAU_S = 4;
export const SMART_MAX_RATE = 900;

/**
 * The playback rate for "smart" play: real time around each event, rising in proportion to the
 * distance from the nearest one, so the long coast passes in seconds and every event is watched
 * at 1×. Proportional means each approach takes about TAU·ln(gap/TAU) of real time, so a whole
 * return (a dozen events over four hours) plays in a few minutes.
 */
export function smartRate(events: readonly ClockEvent[], ms: number): number {
  let nearestS = Infinity;
  for (const e of events) nearestS = Math.min(nearestS, Math.abs(e.utcMs - ms) / 1000);
  if (!Number.isFinite(nearestS)) return SMART_MAX_RATE;
  return Math.min(SMART_MAX_RATE, Math.max(1, nearestS / TAU_S));
}
