import { describe, expect, it } from 'vitest';
import { readPastedTle } from '../../../src/track/pastedTle';
import { circularOrbitLines } from '../../../src/physics/reconstruct';

// Real element sets from the catalogue (MS-19's return, 2022; TMA-18M's, 2016).
const L1 = '1 25544U 98067A   22086.54746528  .00007553  00000+0  14224-3 0  9994';
const L2 = '2 25544  51.6447  20.9354 0003979 317.3996  16.1142 15.49578066332518';
const OLD1 = '1 25544U 98067A   16058.57831793  .00006322  00000-0  10205-3 0  9997';
const OLD2 = '2 25544  51.6418 249.6253 0003966 172.2334 290.5786 15.54294669987770';
const AT = Date.parse('2022-03-30T11:00:00Z');

const problem = (text: string) => {
  const r = readPastedTle(text, AT);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

describe('a pasted TLE', () => {
  it('is read with or without a name line, blank lines and spaces around it', () => {
    const two = readPastedTle(`\n  ${L1}  \n${L2}\n\n`, AT);
    expect(two.ok && two.satellite.name).toBe(null);
    const three = readPastedTle(`0 ISS (ZARYA)\n${L1}\n${L2}`, AT);
    expect(three.ok && three.satellite.name).toBe('ISS (ZARYA)');
    expect(three.ok && three.satellite.tle.satnum).toBe('25544');
  });

  it('with a bad checksum or a garbled line says which and why', () => {
    const bad = problem(`${L1.slice(0, 68)}5\n${L2}`);
    expect(bad.kind === 'invalid' && bad.why).toMatch(/line 1 has a bad checksum/);
    const garbled = problem(`${L1}\n${L2.slice(0, 30)}${L2.slice(31)}`);
    expect(garbled.kind === 'invalid' && garbled.why).toMatch(/69 characters/);
    expect(problem(L1)).toEqual({ kind: 'shape', lines: 1 });
    expect(problem(`${L2}\n${L1}`).kind).toBe('shape');
  });

  it('refuses a 50 MB paste without reading it', () => {
    expect(problem('x'.repeat(50_000_000))).toEqual({ kind: 'tooLong', chars: 50_000_000 });
  });

  it('outside SGP4’s trusted range of its epoch, or decayed, says so', () => {
    const old = problem(`${OLD1}\n${OLD2}`);
    expect(old.kind).toBe('outOfRange');
    expect(old.kind === 'outOfRange' && Math.round(old.days)).toBe(2223);
    // A circular orbit 30 km up: SGP4 reports it as decayed at once.
    const [low1, low2] = circularOrbitLines({
      epochMs: AT,
      inclinationDeg: 51.6,
      raanDeg: 0,
      argLatDeg: 0,
      meanMotion: 17.3,
    });
    const decayed = problem(`${low1}\n${low2}`);
    expect(decayed.kind === 'invalid' && decayed.why).toMatch(/the satellite has decayed/);
  });
});
