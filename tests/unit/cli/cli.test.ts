import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/commands';
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
    expect(j.peakG).toBeGreaterThan(3.5);
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

describe('cli (in-process)', () => {
  const base = ['--tle1', line1, '--tle2', line2];
  const expectError = (argv: string[], pattern: RegExp) => {
    const r = runCli(argv);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };

  it('refuses an unparseable time', () => {
    expectError(['descent', ...base, '--burn', '30/03/2022 10:34'], /not an ISO-8601 UTC time/);
    expectError(['state', ...base, '--at', '2022-02-30T10:00:00Z'], /not a real calendar time/);
  });

  it('refuses a target off the globe', () => {
    expectError(
      ['plan', ...base, '--target', '95,10', '--land-near', '2022-03-30T11:00:00Z'],
      /off the globe/,
    );
    expectError(
      ['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--target', '47,200'],
      /off the globe/,
    );
    expectError(
      ['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--target', 'north'],
      /--target/,
    );
  });

  it('refuses a time SGP4 cannot reach from the elements', () => {
    expectError(['state', ...base, '--at', '2024-03-30T10:34:00Z'], /not trusted/);
  });

  it('refuses unknown commands, unknown or missing options, bad modes and delta-v', () => {
    expectError([], /no command/);
    expectError(['land', ...base], /unknown command/);
    expectError(['state', ...base], /needs --at/);
    expectError(
      ['state', ...base, '--at', '2022-03-30T10:34:00Z', '--mode', 'guided'],
      /does not take/,
    );
    expectError(['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--mode', 'skip'], /--mode/);
    expectError(['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--dv', '-3'], /--dv/);
  });

  it('plan prints the same contract with the planned burn', () => {
    const r = runCli([
      'plan',
      ...base,
      '--target',
      '47.41,69.64',
      '--land-near',
      '2022-03-30T11:30:00Z',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Math.abs(Date.parse(j.burnUtc) - Date.parse('2022-03-30T10:34:00Z'))).toBeLessThan(
      120_000,
    );
    expect(j.missKm).toBeLessThan(10);
  });

  it('ballistic descent without a target reports a null miss', () => {
    const r = runCli(['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--mode', 'ballistic']);
    const j = JSON.parse(r.stdout);
    expect(j.mode).toBe('ballistic');
    expect(j.missKm).toBeNull();
    expect(j.peakG).toBeGreaterThan(7);
  });
});
