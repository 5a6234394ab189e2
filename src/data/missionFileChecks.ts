import { missions } from './catalog';
import { nearestTle, REPLAY_TLE_MAX_GAP_MS } from './issTles';
import type { MissionRecord } from './schema';
import { userMission } from './userMissions';
import { PropagationError, propagateTeme, sgp4ErrorText } from '../physics/sgp4';
import { parseUtc, TimeParseError } from '../physics/time';
import { parseTle, TleError, type Tle } from '../physics/tle';

/** What the checks beyond the schema found wrong with a mission in the person's file. */
export type RecordProblem =
  | { kind: 'invalid'; path: string; why: string }
  | { kind: 'duplicate'; id: string }
  | { kind: 'idTaken'; id: string; mission: string }
  | { kind: 'idLoaded'; id: string; fileName: string }
  | { kind: 'tle'; path: string; why: string }
  | { kind: 'notIss'; path: string; satnum: string }
  | {
      kind: 'outOfRange';
      mission: string;
      event: string;
      atMs: number;
      epochMs: number;
      days: number;
    }
  | { kind: 'sgp4'; mission: string; event: string; atMs: number; why: string };

/** The station's catalogue number: iss_tles are the ISS's element sets, nothing else's. */
const ISS_SATNUM = '25544';

/** Writes a field's path for the person to find it: "landing.lat", or "[2].landing.lat". */
export type PathOf = (index: number, rest: readonly (string | number)[]) => string;

/**
 * The checks the schema cannot make: ids the app already has, element sets that are not valid
 * TLEs or not the station's, calendar times that do not exist, and times the file's own element
 * sets cannot carry the station to (the replay's rule: within 10 days of an epoch, and SGP4 must
 * place it; a decayed orbit fails there). The first problem found, or null.
 */
export function checkRecords(records: readonly MissionRecord[], at: PathOf): RecordProblem | null {
  const ids = new Set<string>();
  for (const [i, m] of records.entries()) {
    if (ids.has(m.id)) return { kind: 'duplicate', id: m.id };
    ids.add(m.id);
    const bundled = missions.find((b) => b.id === m.id);
    if (bundled) return { kind: 'idTaken', id: m.id, mission: bundled.mission };
    const loaded = userMission(m.id);
    if (loaded) return { kind: 'idLoaded', id: m.id, fileName: loaded.fileName };
    const problem = checkRecord(m, (rest) => at(i, rest));
    if (problem) return problem;
  }
  return null;
}

function checkRecord(
  m: MissionRecord,
  at: (rest: readonly (string | number)[]) => string,
): RecordProblem | null {
  const tles: Tle[] = [];
  for (const [k, t] of m.iss_tles.entries()) {
    let tle: Tle;
    try {
      tle = parseTle(t.line1, t.line2);
    } catch (e) {
      if (!(e instanceof TleError)) throw e;
      return { kind: 'tle', path: at(['iss_tles', k]), why: e.message };
    }
    if (tle.satnum !== ISS_SATNUM)
      return { kind: 'notIss', path: at(['iss_tles', k]), satnum: tle.satnum };
    tles.push(tle);
  }
  for (const time of missionTimes(m)) {
    let atMs: number;
    try {
      atMs = parseUtc(time.iso);
    } catch (e) {
      if (!(e instanceof TimeParseError)) throw e;
      return { kind: 'invalid', path: at(time.path), why: e.message };
    }
    // Without element sets of its own a mission draws on the catalogue's, or says it has none.
    if (tles.length === 0 || time.event === null) continue;
    const tle = nearestTle(atMs, tles)!;
    const gapMs = Math.abs(atMs - tle.epochMs);
    const event = time.event;
    if (gapMs > REPLAY_TLE_MAX_GAP_MS)
      return {
        kind: 'outOfRange',
        mission: m.mission,
        event,
        atMs,
        epochMs: tle.epochMs,
        days: gapMs / 86_400_000,
      };
    try {
      propagateTeme(tle, atMs);
    } catch (e) {
      if (!(e instanceof PropagationError)) throw e;
      const why = sgp4ErrorText(tle.satrec.error);
      return { kind: 'sgp4', mission: m.mission, event, atMs, why };
    }
  }
  return null;
}

/**
 * Every time the mission gives, with where it is in the record and the event it names (null for
 * the calendar date, which only has to exist).
 */
function missionTimes(m: MissionRecord) {
  const out: { iso: string; path: (string | number)[]; event: string | null }[] = [
    { iso: `${m.date}T00:00:00Z`, path: ['date'], event: null },
  ];
  if (m.launch) out.push({ iso: m.launch.time_utc, path: ['launch', 'time_utc'], event: 'launch' });
  if (m.landing)
    out.push({ iso: m.landing.time_utc, path: ['landing', 'time_utc'], event: 'landing' });
  for (const [k, e] of m.timeline.entries())
    if (e.time_utc)
      out.push({ iso: e.time_utc, path: ['timeline', k, 'time_utc'], event: e.event });
  return out;
}
