import { describe, expect, it } from 'vitest';
import { parseTle, tleChecksum, TleError } from '../../../src/physics/tle';
import { missions } from '../../../src/data/catalog';

const ms19 = missions.find((m) => m.id === 'soyuz-ms-19-landing')!;
const { line1, line2 } = ms19.iss_tles[0]!;

describe('parseTle', () => {
  it('parses a real ISS element set and reads its epoch', () => {
    const tle = parseTle(line1, line2);
    expect(tle.satnum).toBe('25544');
    expect(new Date(tle.epochMs).toISOString().slice(0, 16)).toBe(
      ms19.iss_tles[0]!.epoch_utc.slice(0, 16),
    );
  });

  it('computes the checksum the lines carry', () => {
    expect(tleChecksum(line1)).toBe(Number(line1[68]));
    expect(tleChecksum(line2)).toBe(Number(line2[68]));
  });

  it('rejects a bad checksum, saying which line', () => {
    const bad = line1.slice(0, 68) + String((Number(line1[68]) + 1) % 10);
    expect(() => parseTle(bad, line2)).toThrow(TleError);
    expect(() => parseTle(bad, line2)).toThrow(/line 1 has a bad checksum/);
  });

  it('rejects a garbled or short line', () => {
    expect(() => parseTle(line1.slice(0, 40), line2)).toThrow(/69 characters/);
    expect(() => parseTle(line2, line1)).toThrow(/must start with "1 "/);
    const garbled = '2 25544  51.6423 XXX.XXXX 0003780  25.3470  65.3130 15.49412556332849';
    expect(() => parseTle(line1, garbled)).toThrow(TleError);
  });

  it('rejects lines of two different satellites', () => {
    const other = line2.slice(0, 2) + '25545' + line2.slice(7, 68);
    const fixed = other + String(tleChecksum(other));
    expect(() => parseTle(line1, fixed)).toThrow(/different satellites/);
  });
});
