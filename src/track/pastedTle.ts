import { z } from 'zod';
import { PropagationError, propagateTeme, TLE_SENSIBLE_DAYS } from '../physics/sgp4';
import { parseTle, type Tle } from '../physics/tle';

/** What was wrong with a pasted element set, as a catalogue key and its figures. */
export type PasteProblem =
  | { kind: 'shape'; lines: number }
  | { kind: 'tooLong'; chars: number }
  | { kind: 'invalid'; why: string }
  | { kind: 'outOfRange'; epochMs: number; days: number }
  | { kind: 'sgp4'; why: string };

export interface PastedSatellite {
  /** The name line, if the paste had one (as the person typed it, shown as text only). */
  name: string | null;
  tle: Tle;
}

/** Longest paste read at all: three TLE lines are about 210 characters. */
const MAX_CHARS = 1000;

/** The paste's shape: two element lines, optionally after a name line (the usual 3LE form). */
const pasteSchema = z.union([
  z.tuple([z.string().startsWith('1 '), z.string().startsWith('2 ')]),
  z.tuple([z.string().max(69), z.string().startsWith('1 '), z.string().startsWith('2 ')]),
]);

/**
 * Read a pasted TLE (any satellite) and check it can be shown at the clock's instant: the lines'
 * format and checksums (physics/tle.ts), then SGP4 at that instant within its trusted range.
 * Returns the satellite, or what is wrong, never throws.
 */
export function readPastedTle(
  text: string,
  atMs: number,
): { ok: true; satellite: PastedSatellite } | { ok: false; problem: PasteProblem } {
  if (text.length > MAX_CHARS)
    return { ok: false, problem: { kind: 'tooLong', chars: text.length } };
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.trim() !== '');
  const shape = pasteSchema.safeParse(lines);
  if (!shape.success) return { ok: false, problem: { kind: 'shape', lines: lines.length } };
  const [name, line1, line2] =
    shape.data.length === 3 ? shape.data : [null, shape.data[0], shape.data[1]];
  let tle: Tle;
  try {
    tle = parseTle(line1, line2);
  } catch (e) {
    return { ok: false, problem: { kind: 'invalid', why: (e as Error).message } };
  }
  const days = Math.abs(atMs - tle.epochMs) / 86_400_000;
  if (days > TLE_SENSIBLE_DAYS)
    return { ok: false, problem: { kind: 'outOfRange', epochMs: tle.epochMs, days } };
  try {
    propagateTeme(tle, atMs);
  } catch (e) {
    if (!(e instanceof PropagationError)) throw e;
    return { ok: false, problem: { kind: 'sgp4', why: e.message } };
  }
  return { ok: true, satellite: { name: name?.trim().replace(/^0 /, '') || null, tle } };
}
