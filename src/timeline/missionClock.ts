import type { MissionRecord } from '../data/schema';
import { parseUtc } from '../physics/time';

export interface ClockEvent {
  /** Event name as the data spells it, e.g. "deorbit_burn_start". */
  type: string;
  utcMs: number;
  /** "actual", "planned", "unsourced/estimate", ... from the data, so the UI can say so. */
  status: string;
  sources: readonly string[];
}

export interface ClockRange {
  startMs: number;
  endMs: number;
}

export interface MissionClock {
  range: ClockRange;
  events: ClockEvent[];
  /** Where a replay opens: a few minutes before the deorbit burn, or before launch. */
  openingMs: number;
}

const MIN = 60_000;
/** Margins around the sourced events so a replay starts in calm orbit and ends on the ground. */
const LEAD_MS = 15 * MIN;
const TAIL_MS = 30 * MIN;
const OPENING_LEAD_MS = 5 * MIN;

export function eventsOf(mission: MissionRecord): ClockEvent[] {
  const events: ClockEvent[] = [];
  for (const e of mission.timeline) {
    if (!e.time_utc) continue;
    events.push({
      type: e.event,
      utcMs: parseUtc(e.time_utc),
      status: e.status,
      sources: e.sources,
    });
  }
  return events.sort((a, b) => a.utcMs - b.utcMs);
}

/** The clock a mission opens with: its sourced events, a range around them, an opening moment. */
export function missionClock(mission: MissionRecord): MissionClock {
  const events = eventsOf(mission);
  if (events.length === 0) {
    const dayMs = parseUtc(`${mission.date}T00:00:00Z`);
    return { range: { startMs: dayMs, endMs: dayMs + 86_400_000 }, events, openingMs: dayMs };
  }
  // Hatch closing can come hours before undocking; start the range at undocking when there is one.
  const undock = events.find((e) => e.type === 'undocking');
  const first = undock ?? events[0]!;
  const last = events[events.length - 1]!;
  const range = { startMs: first.utcMs - LEAD_MS, endMs: last.utcMs + TAIL_MS };
  const anchor =
    events.find((e) => e.type === 'deorbit_burn_start') ??
    events.find((e) => e.type === 'launch') ??
    first;
  const openingMs = Math.max(range.startMs, anchor.utcMs - OPENING_LEAD_MS);
  return { range, events, openingMs };
}
