import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';

const run = promisify(execFile);

const ms19 = findMission('soyuz-ms-19-landing')!;
const { line1, line2 } = ms19.iss_tles[0]!;

/** Spawn the real entry point, as other tools do. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/main.ts', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** npm may add its own warnings to stderr; keep only the CLI's lines. */
const ownLines = (stderr: string) =>
  stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

describe('cli (spawned)', () => {
  it('descent prints the JSON contract', async () => {
    const r = await cli([
      'descent',
      '--tle1',
      line1,
      '--tle2',
      line2,
      '--burn',
      '2022-03-30T10:34:00Z',
      '--target',
      '47.41,69.64',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).sort()).toEqual(
      [
        'burnUtc',
        'deltaVms',
        'events',
        'footprint',
        'missKm',
        'mode',
        'peakG',
        'peakGAltKm',
        'touchdown',
      ].sort(),
    );
    expect(j.burnUtc).toBe('2022-03-30T10:34:00Z');
    expect(j.deltaVms).toBe(128);
    expect(j.mode).toBe('guided');
    expect(j.events).toHaveLength(12);
    for (const e of j.events) {
      expect(Object.keys(e).sort()).toEqual(['altKm', 'lat', 'lon', 'type', 'utc']);
      expect(e.utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    expect(j.touchdown.utc).toMatch(/^2022-03-30T11:2\d:\d\dZ$/);
    expect(j.missKm).toBeLessThan(10);
    expect(j.footprint).toBe('inside');
    expect(j.peakG).toBeGreaterThan(3.5);
  }, 30_000);

  it('descent --csv prints the trajectory at 1 s steps, with the same burn and touchdown', async () => {
    const args = ['descent', '--tle1', line1, '--tle2', line2, '--burn', '2022-03-30T10:34:00Z'];
    const [csv, json] = await Promise.all([cli([...args, '--csv']), cli(args)]);
    expect(csv.code).toBe(0);
    expect(ownLines(csv.stderr)).toEqual([]);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^utc,t_from_burn_s,altitude_km,/);
    expect(lines[1]).toMatch(/^2022-03-30T10:34:00\.000Z,0,/);
    // One row a second from the burn up to touchdown, which the JSON gives to the second.
    const j = JSON.parse(json.stdout);
    const seconds = (Date.parse(j.touchdown.utc) - Date.parse(j.burnUtc)) / 1000;
    expect(Math.abs(lines.length - 2 - seconds)).toBeLessThanOrEqual(1);
  }, 30_000);

  it('state prints the ISS and the subsolar point', async () => {
    const r = await cli([
      'state',
      '--tle1',
      line1,
      '--tle2',
      line2,
      '--at',
      '2022-03-30T10:34:00Z',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.utc).toBe('2022-03-30T10:34:00Z');
    expect(j.iss.altKm).toBeGreaterThan(400);
    expect(j.iss.altKm).toBeLessThan(450);
    expect(j.iss.speedKms).toBeCloseTo(7.65, 1);
    // Late March, 10:34 UTC: the Sun is just north of the equator, over Africa.
    expect(j.sun.subsolarLat).toBeGreaterThan(3);
    expect(j.sun.subsolarLat).toBeLessThan(5);
    expect(j.sun.subsolarLon).toBeGreaterThan(15);
    expect(j.sun.subsolarLon).toBeLessThan(30);
  }, 30_000);

  it('a TLE with a bad checksum: exit ≠ 0, one line on stderr, nothing on stdout', async () => {
    const bad = line1.slice(0, 68) + String((Number(line1[68]) + 1) % 10);
    const r = await cli(['state', '--tle1', bad, '--tle2', line2, '--at', '2022-03-30T10:34:00Z']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = ownLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: .*checksum/);
  }, 30_000);
});
