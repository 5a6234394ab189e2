import type { MissionRecord } from '../data/schema';
import { parseUtc } from '../physics/time';
import type { ClockEvent, ClockRange, ReportedTime } from '../clock/events';
import { replayFor } from './replay';

export interface MissionClock {
  range: ClockRange;
  events: ClockEvent[];
  /** Where a replay opens: a few minutes before the deorbit burn, or before launch. */
  openingMs: number;
}

const MIN = 60_000;
/**
 * Margins around the events so a replay starts in calm orbit (or on the pad) and ends on the
 * ground (or a while after docking).
 */
const LEAD_MS = 15 * MIN;
const TAIL_MS = 30 * MIN;
const OPENING_LEAD_MS = 5 * MIN;
const LAUNCH_LEAD_MS = 10 * MIN;

/** Which of the data's event names report the same moment as each modelled event. */
const REPORTED_AS: Readonly<Record<string, readonly string[]>> = {
  deorbit_burn_start: ['deorbit_burn_start', 'deorbit_burn'],
  deorbit_burn_end: ['deorbit_burn_end'],
  module_separation: ['module_separation'],
  entry_interface: ['entry_interface'],
  blackout_start: ['plasma_start', 'plasma_entry_guidance_start'],
  blackout_end: ['plasma_exit_max_g'],
  drogue_chute: ['parachute_deploy', 'parachute_command'],
  soft_landing_engines: ['soft_landing_engines'],
  touchdown: ['landing'],
  launch: ['launch'],
  orbit_insertion: ['orbit_insertion_spacecraft_separation', 'orbit_insertion'],
  docking: ['docking'],
};

/** What mergeEvents needs of a modelled flight, descent or ascent: its events in time order. */
export interface ModelledEvents {
  events: readonly { type: string; ms: number }[];
}

export function reportedEvents(mission: MissionRecord): ReportedTime[] {
  const out: ReportedTime[] = [];
  for (const e of mission.timeline) {
    if (!e.time_utc) continue;
    out.push({ type: e.event, utcMs: parseUtc(e.time_utc), status: e.status });
  }
  return out.sort((a, b) => a.utcMs - b.utcMs);
}

/** Modelled events with their reported counterparts, plus the events only the sources know. */
export function mergeEvents(
  reported: ReportedTime[],
  modelled: ModelledEvents | null,
): ClockEvent[] {
  const used = new Set<ReportedTime>();
  const events: ClockEvent[] = [];
  for (const m of modelled?.events ?? []) {
    const names = REPORTED_AS[m.type] ?? [];
    const match = reported.find((r) => !used.has(r) && names.includes(r.type)) ?? null;
    if (match) used.add(match);
    events.push({ type: m.type, utcMs: m.ms, modelledMs: m.ms, reported: match });
  }
  for (const r of reported) {
    if (!used.has(r)) events.push({ type: r.type, utcMs: r.utcMs, modelledMs: null, reported: r });
  }
  return events.sort((a, b) => a.utcMs - b.utcMs);
}

/** The clock a mission opens with: its events, a range around them, an opening moment. */
export function missionClock(mission: MissionRecord): MissionClock {
  const replay = replayFor(mission);
  const events = mergeEvents(reportedEvents(mission), replay.descent ?? replay.ascent);
  if (events.length === 0) {
    const dayMs = parseUtc(`${mission.date}T00:00:00Z`);
    return { range: { startMs: dayMs, endMs: dayMs + 86_400_000 }, events, openingMs: dayMs };
  }
  // Hatch closing can come hours before undocking; start the range at undocking when there is one.
  const undock = events.find((e) => e.type === 'undocking');
  const first = undock ?? events[0]!;
  const lastMs = Math.max(...events.map((e) => Math.max(e.utcMs, e.reported?.utcMs ?? -Infinity)));
  // A launch opens with the rocket on the pad a few minutes before lift-off.
  const lead = replay.ascent ? LAUNCH_LEAD_MS : LEAD_MS;
  const range = { startMs: first.utcMs - lead, endMs: lastMs + TAIL_MS };
  const anchor =
    events.find((e) => e.type === 'deorbit_burn_start') ??
    events.find((e) => e.type === 'deorbit_burn') ??
    events.find((e) => e.type === 'launch') ??
    first;
  const openingMs = Math.max(range.startMs, anchor.utcMs - OPENING_LEAD_MS);
  // Events before the range (hatch closing hours earlier) cannot be reached, so no marker.
  const reachable = events.filter((e) => e.utcMs >= range.startMs && e.utcMs <= range.endMs);
  return { range, events: reachable, openingMs };
}
