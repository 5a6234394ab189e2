import type { ClockStore } from '../../clock/clockStore';
import type { ClockEvent, ClockRange } from '../../clock/events';

/** How far before an event a clicker jump lands at most, so the class sees it happen: sim ms. */
export const PRESENTER_LEAD_MS = 15_000;

/**
 * Where the lead-in to events[i] starts: 15 s before it, but never before the middle of the gap
 * from the event before, so closely spaced events (peak g and the end of blackout 9 s apart, the
 * landing engines and touchdown 0.2 s apart) each get their own lead-in and no caption shows twice.
 */
export function leadInStart(events: readonly ClockEvent[], i: number, range: ClockRange): number {
  const e = events[i]!;
  const prev = events[i - 1];
  const lead = prev
    ? Math.min(PRESENTER_LEAD_MS, Math.max(0, (e.utcMs - prev.utcMs) / 2))
    : PRESENTER_LEAD_MS;
  return Math.max(range.startMs, e.utcMs - lead);
}

/** The event the clicker last went to, and the clock's seek count just after it went there. */
interface Visit {
  events: readonly ClockEvent[];
  index: number;
  seeks: number;
}

// Per clock, so two clocks (tests, an embedding page) never share a clicker.
const visits = new WeakMap<ClockStore, Visit>();

/**
 * The index of the event the clicker is at: the one it last went to, while the clock has only
 * played since (no scrub, no jump, no other mission) and has not run back before its lead-in.
 * Where the clock has played on past later events, the clicker moves along with it. Null when the
 * person has moved the clock themselves: the clicker then starts from the clock's time.
 */
export function presenterIndex(clock: ClockStore): number | null {
  const s = clock.getState();
  const v = visits.get(clock);
  if (!v || v.events !== s.events || v.seeks !== s.seeks || v.index >= s.events.length) {
    return null;
  }
  if (s.utcMs < leadInStart(s.events, v.index, s.range)) return null;
  let i = v.index;
  for (;;) {
    const here = s.events[i]!.utcMs;
    const after = s.events[i + 1]?.utcMs;
    // Past the next event, or stopped exactly on it (auto-pause); events at one instant are
    // still stepped one by one.
    if (after === undefined || after > s.utcMs || (after === s.utcMs && after === here)) break;
    i++;
  }
  return i;
}

/**
 * The event a press goes to: the one after (or before) the clicker's event, or, where the person
 * has moved the clock, the first event strictly after (or before) the clock's time. Never an
 * event 15 s ahead counted as "here" (that skipped the main chute), never a margin that makes two
 * events 0.2 s apart one.
 */
export function presenterTarget(clock: ClockStore, direction: 1 | -1): number | null {
  const { events, utcMs } = clock.getState();
  const at = presenterIndex(clock);
  let target = -1;
  if (at !== null) target = at + direction;
  else if (direction > 0) target = events.findIndex((e) => e.utcMs > utcMs);
  else for (let i = 0; i < events.length; i++) if (events[i]!.utcMs < utcMs) target = i;
  return target >= 0 && target < events.length ? target : null;
}

/**
 * A presenter clicker's PageDown / PageUp: go to the next (or previous) event and play into it
 * from its lead-in, forwards in smart rate, so the moment itself plays at real time. With
 * auto-pause on, the clock then stops exactly at the event; the next press plays on to the next.
 */
export function presenterStep(clock: ClockStore, direction: 1 | -1): boolean {
  const target = presenterTarget(clock, direction);
  if (target === null) return false;
  const s = clock.getState();
  const event = s.events[target]!;
  const start = leadInStart(s.events, target, s.range);
  s.seek(start);
  if (s.rate <= 0) s.setRate(1);
  clock.getState().setSmart(true);
  // With no lead-in (an event at the same instant as the one before) there is nothing to play
  // into: auto-pause stays on the event, otherwise playing goes on as from any event.
  const playOn = start < event.utcMs || (!s.autoPause && start < s.range.endMs);
  if (playOn) clock.getState().play();
  else clock.getState().pause();
  visits.set(clock, { events: s.events, index: target, seeks: clock.getState().seeks });
  return true;
}

/** The clicker's event, for the state hook: its index in the clock's list and its type. */
export function presenterEvent(
  clock: ClockStore,
): { eventIndex: number; eventType: string } | null {
  const i = presenterIndex(clock);
  const e = i === null ? undefined : clock.getState().events[i];
  return e ? { eventIndex: i!, eventType: e.type } : null;
}

/**
 * Take over the clicker's place from another window of a presenter's view: after its clock was
 * set to the other window's, a press here goes on from the event the other clicker went to (not
 * back to it). Null forgets the place, as a scrub there does.
 */
export function adoptPresenterIndex(clock: ClockStore, index: number | null): void {
  const s = clock.getState();
  if (index === null || index >= s.events.length) visits.delete(clock);
  else visits.set(clock, { events: s.events, index, seeks: s.seeks });
}
