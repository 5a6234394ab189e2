import { gstime } from 'satellite.js';

/** Strict ISO-8601 UTC: a date, a time, and an explicit Z (or +00:00) so nothing depends on the viewer's zone. */
const ISO_UTC =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]00:?00)$/;

export class TimeParseError extends Error {
  override name = 'TimeParseError';
}

/** Parse an ISO-8601 UTC instant to epoch milliseconds, or throw a TimeParseError that says why. */
export function parseUtc(text: string): number {
  const m = ISO_UTC.exec(text.trim());
  if (!m) {
    throw new TimeParseError(
      `"${text}" is not an ISO-8601 UTC time (expected e.g. 2022-03-30T10:29:00Z)`,
    );
  }
  const [, y, mo, d, h, mi, s = '0', frac = '0'] = m;
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, Math.round(+`0.${frac}` * 1000));
  const back = new Date(ms);
  // Date.UTC silently rolls 2022-02-30 into March; refuse such dates instead.
  if (
    back.getUTCFullYear() !== +y! ||
    back.getUTCMonth() !== +mo! - 1 ||
    back.getUTCDate() !== +d! ||
    +h! > 23 ||
    +mi! > 59 ||
    +s! > 59
  ) {
    throw new TimeParseError(`"${text}" is not a real calendar time`);
  }
  return ms;
}

/** ISO-8601 with whole seconds, the form used in URLs and the CLI. */
export function formatUtc(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Greenwich mean sidereal time, radians (IAU-82, as SGP4's TEME frame expects). */
export function gmstRad(ms: number): number {
  return gstime(new Date(ms));
}

/**
 * Kazakhstan's landing-zone civil time offset from UTC, hours: UTC+6 until 1 March 2024,
 * UTC+5 after the country moved to a single zone (see shared SOURCES.md, "Conventions").
 */
export function kazakhstanOffsetHours(ms: number): number {
  return ms < Date.UTC(2024, 2, 1) ? 6 : 5;
}

/** Moscow time offset: UTC+3 since 26 October 2014, UTC+4 (permanent summer time) from March 2011 to then. */
export function moscowOffsetHours(ms: number): number {
  if (ms >= Date.UTC(2014, 9, 25, 22)) return 3;
  if (ms >= Date.UTC(2011, 2, 26, 23)) return 4;
  // Before 2011 Moscow kept winter UTC+3 and summer UTC+4 (last Sunday of March/October at 02:00 local).
  const y = new Date(ms).getUTCFullYear();
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(y, month + 1, 0));
    return d.getUTCDate() - d.getUTCDay();
  };
  const start = Date.UTC(y, 2, lastSunday(2), 23);
  const end = Date.UTC(y, 9, lastSunday(9), 23);
  return ms >= start && ms < end ? 4 : 3;
}
