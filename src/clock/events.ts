/**
 * The clock's events and range, as CesiumJS's Clock knows them: instants to step between, with
 * what the sources reported beside what was modelled. The replay fills them (replay/missionClock.ts);
 * the clock only orders and steps through them.
 */

/** What the sources say of an event: when, and how sure (actual, planned, estimate). */
export interface ReportedTime {
  /** The data's own name for it, e.g. "parachute_deploy". */
  type: string;
  utcMs: number;
  status: string;
}

/**
 * One event on the timeline. A modelled event (from the physics) carries the reported time
 * beside it where the sources give one; an event only the sources know has no modelled time.
 */
export interface ClockEvent {
  /** Physics event name where modelled (e.g. "main_chute"), else the data's name ("undocking"). */
  type: string;
  /** Where the event sits on the clock: the modelled time if there is one, else the reported. */
  utcMs: number;
  modelledMs: number | null;
  reported: ReportedTime | null;
}

export interface ClockRange {
  startMs: number;
  endMs: number;
}

/** Events nearer than this to the clock count as "here": ] from an event goes to the one after. */
const HERE_MS = 500;

/** The first event after the instant, or null. */
export function nextEvent(events: readonly ClockEvent[], ms: number): ClockEvent | null {
  return events.find((e) => e.utcMs > ms + HERE_MS) ?? null;
}

/** The last event before the instant, or null. */
export function previousEvent(events: readonly ClockEvent[], ms: number): ClockEvent | null {
  let found: ClockEvent | null = null;
  for (const e of events) if (e.utcMs < ms - HERE_MS) found = e;
  return found;
}

/**
 * The event the replay is at (the last one reached; one within half a second ahead counts, so a
 * clock stopped just short of it reads as there) and the next one ahead: what the timeline's "Last · Next" line and the presenter's desk show.
 */
export function lastAndNextEvent(
  events: readonly ClockEvent[],
  ms: number,
): { last: ClockEvent | null; next: ClockEvent | null } {
  return { last: previousEvent(events, ms + 2 * HERE_MS), next: nextEvent(events, ms) };
}

/**
 * The first event strictly after the instant, with no "here" margin: where a forwards-playing
 * clock that stops at events halts next (two events 0.2 s apart are both stopped at).
 */
export function firstEventAfter(events: readonly ClockEvent[], ms: number): ClockEvent | null {
  let found: ClockEvent | null = null;
  for (const e of events) if (e.utcMs > ms && (!found || e.utcMs < found.utcMs)) found = e;
  return found;
}
