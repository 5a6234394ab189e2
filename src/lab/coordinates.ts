/** Why a typed coordinate was refused; each has its own message in the three languages. */
export type CoordinateError = 'empty' | 'notNumber' | 'latRange' | 'lonRange';

/** A refused one keeps its number where it had one (out of range), for the message to quote. */
export type Parsed =
  { ok: true; deg: number } | { ok: false; error: CoordinateError; deg?: number };

/**
 * A decimal number of degrees as a class types it: a point or a comma before the decimals
 * ("47,3" is how Russian and Kazakh write 47.3), an optional sign (the typographic minus too) and
 * an optional degree sign. Nothing else: "1e2" or "47°18′" would be guesses, so they are refused.
 */
const DECIMAL = /^([+\-−]?)(\d+(?:[.,]\d*)?|[.,]\d+)°?$/;

/** A typed latitude (−90…90) or longitude (−180…180), in degrees, or why it is not one. */
export function parseCoordinate(text: string, kind: 'lat' | 'lon'): Parsed {
  const s = text.trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, error: 'empty' };
  const m = DECIMAL.exec(s);
  if (!m) return { ok: false, error: 'notNumber' };
  const deg = (m[1] === '' || m[1] === '+' ? 1 : -1) * Number(m[2]!.replace(',', '.'));
  if (!Number.isFinite(deg)) return { ok: false, error: 'notNumber' };
  const limit = kind === 'lat' ? 90 : 180;
  if (Math.abs(deg) > limit)
    return { ok: false, error: kind === 'lat' ? 'latRange' : 'lonRange', deg };
  return { ok: true, deg };
}
