import { twoline2satrec, type SatRec } from 'satellite.js';
import { sgp4ErrorText } from './sgp4Errors';

export class TleError extends Error {
  override name = 'TleError';
}

export interface Tle {
  line1: string;
  line2: string;
  satnum: string;
  /** Element-set epoch, UTC epoch milliseconds. */
  epochMs: number;
  satrec: SatRec;
}

/** The modulo-10 checksum of a TLE line: digits count as themselves, '-' as 1, all else 0. */
export function tleChecksum(line: string): number {
  let sum = 0;
  for (const ch of line.slice(0, 68)) {
    if (ch >= '0' && ch <= '9') sum += ch.charCodeAt(0) - 48;
    else if (ch === '-') sum += 1;
  }
  return sum % 10;
}

function checkLine(line: string, n: 1 | 2): void {
  if (line.length !== 69) {
    throw new TleError(`TLE line ${n} must be 69 characters long, got ${line.length}`);
  }
  if (line[0] !== String(n) || line[1] !== ' ') {
    throw new TleError(`TLE line ${n} must start with "${n} "`);
  }
  const expected = tleChecksum(line);
  const given = line.charCodeAt(68) - 48;
  if (given !== expected) {
    throw new TleError(
      `TLE line ${n} has a bad checksum: last digit is ${line[68]}, expected ${expected}`,
    );
  }
}

/** Epoch from columns 19-32 of line 1 (two-digit year: 57-99 → 19xx, 00-56 → 20xx). */
function epochFromLine1(line1: string): number {
  const yy = Number(line1.slice(18, 20));
  const day = Number(line1.slice(20, 32));
  if (!Number.isFinite(yy) || !Number.isFinite(day) || day < 1 || day >= 367) {
    throw new TleError(`TLE line 1 has an unreadable epoch "${line1.slice(18, 32)}"`);
  }
  const year = yy < 57 ? 2000 + yy : 1900 + yy;
  return Date.UTC(year, 0, 1) + (day - 1) * 86_400_000;
}

/** Parse and validate a two-line element set; throws TleError with a reason a person can act on. */
export function parseTle(line1: string, line2: string): Tle {
  const l1 = line1.trimEnd();
  const l2 = line2.trimEnd();
  checkLine(l1, 1);
  checkLine(l2, 2);
  const satnum = l1.slice(2, 7).trim();
  if (satnum !== l2.slice(2, 7).trim()) {
    throw new TleError(
      `TLE lines name different satellites (${satnum} and ${l2.slice(2, 7).trim()})`,
    );
  }
  const inclination = Number(l2.slice(8, 16));
  const eccentricity = Number(`0.${l2.slice(26, 33).trim()}`);
  const meanMotion = Number(l2.slice(52, 63));
  if (!(inclination >= 0 && inclination <= 180)) {
    throw new TleError(`TLE line 2 has an invalid inclination "${l2.slice(8, 16).trim()}"`);
  }
  if (!(eccentricity >= 0 && eccentricity < 1)) {
    throw new TleError(`TLE line 2 has an invalid eccentricity "${l2.slice(26, 33).trim()}"`);
  }
  if (!(meanMotion > 0 && meanMotion < 20)) {
    throw new TleError(`TLE line 2 has an invalid mean motion "${l2.slice(52, 63).trim()}"`);
  }
  const epochMs = epochFromLine1(l1);
  const satrec = twoline2satrec(l1, l2);
  if (satrec.error !== 0) {
    throw new TleError(`SGP4 rejected the TLE: ${sgp4ErrorText(satrec.error)}`);
  }
  return { line1: l1, line2: l2, satnum, epochMs, satrec };
}
