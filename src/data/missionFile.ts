import { catalogSchema, type MissionRecord } from './schema';
import { checkRecords, type PathOf, type RecordProblem } from './missionFileChecks';

/**
 * Largest mission file read at all. The app's own 27 missions take 84 kB; a file larger than
 * this is refused from its size alone, before a byte of it is read.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most missions one file may add: the picker models each one's replay when it opens. */
export const MAX_FILE_MISSIONS = 50;

/** What was wrong with a mission file, as a catalogue key's worth of facts. */
export type MissionFileProblem =
  | { kind: 'tooBig'; bytes: number; maxBytes: number }
  | { kind: 'unreadable'; why: string }
  | { kind: 'notJson'; why: string }
  | { kind: 'notMissions' }
  | { kind: 'tooMany'; missions: number; max: number }
  | { kind: 'missing'; path: string }
  | RecordProblem;

export type MissionFileResult =
  { ok: true; missions: MissionRecord[] } | { ok: false; problem: MissionFileProblem };

/** What is needed of a File: the browser's, or a stand-in in the tests. */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

const fail = (problem: MissionFileProblem): MissionFileResult => ({ ok: false, problem });

/**
 * Read a mission file the person dropped or chose: its size first (a 50 MB file is refused
 * unread), then its text. Returns the missions, or what is wrong; never throws.
 */
export async function readMissionFile(file: FileLike): Promise<MissionFileResult> {
  if (file.size > MAX_FILE_BYTES)
    return fail({ kind: 'tooBig', bytes: file.size, maxBytes: MAX_FILE_BYTES });
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail({ kind: 'unreadable', why: e instanceof Error ? e.message : String(e) });
  }
  return readMissionText(text);
}

const isRecordLike = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A mission file's text: one mission record, or a list of them, shaped as src/data/missions.json
 * (the schema in schema.ts), then the checks in missionFileChecks.ts.
 */
export function readMissionText(text: string): MissionFileResult {
  let data: unknown;
  try {
    // Some editors start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The browser's own words, which say where parsing stopped ("… at position 25 (line 2 …)").
    return fail({ kind: 'notJson', why: e instanceof Error ? e.message : String(e) });
  }
  const single = !Array.isArray(data);
  const list: unknown[] = Array.isArray(data) ? data : [data];
  if (list.length === 0 || (single && !isRecordLike(data))) return fail({ kind: 'notMissions' });
  if (list.length > MAX_FILE_MISSIONS)
    return fail({ kind: 'tooMany', missions: list.length, max: MAX_FILE_MISSIONS });

  const at: PathOf = (index, rest) => formatPath(single ? rest : [index, ...rest]);
  const parsed = catalogSchema.safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, ...rest] = issue.path as (string | number)[];
    const path = at(index as number, rest);
    if (issue.code === 'invalid_type' && valueAt(list, issue.path) === undefined)
      return fail({ kind: 'missing', path });
    return fail({ kind: 'invalid', path, why: issue.message });
  }
  const problem = checkRecords(parsed.data, at);
  return problem ? fail(problem) : { ok: true, missions: parsed.data };
}

/** ["landing", "lat"] → "landing.lat"; [2, "iss_tles", 0, "line1"] → "[2].iss_tles[0].line1". */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
