import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/commands';
import { findMission } from '../../../src/data/catalog';

const ms19 = findMission('soyuz-ms-19-landing')!;
const { line1, line2 } = ms19.iss_tles[0]!;

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

  it('descent from a burn a minute late says the site is outside the automatic footprint', () => {
    const r = runCli([
      'descent',
      ...base,
      '--burn',
      '2022-03-30T10:35:00Z',
      '--target',
      '47.41,69.64',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.footprint).toBe('outside');
    expect(j.missKm).toBeGreaterThan(30);
    expect(j.peakG).toBeLessThan(6.5);
  });

  it('--csv prints the same descent as the JSON: its options reach the trajectory', () => {
    const argv = ['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--mode', 'ballistic'];
    const j = JSON.parse(runCli(argv).stdout);
    const r = runCli([...argv, '--csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const [header, ...rows] = lines.map((l) => l.split(','));
    const g = rows.map((row) => Number(row[header!.indexOf('g_load_g')]));
    // Ballistic: the peak load (> 7 g) the JSON reports, seen at 1 s steps.
    expect(Math.max(...g)).toBeGreaterThan(j.peakG - 0.2);
    expect(Math.max(...g)).toBeLessThanOrEqual(j.peakG + 0.01);
    // The last whole second before touchdown (which the JSON rounds to the second).
    const lastMs = Date.parse(rows.at(-1)![header!.indexOf('utc')]!);
    expect(Math.abs(lastMs - Date.parse(j.touchdown.utc))).toBeLessThanOrEqual(1000);
  });

  it('ballistic descent without a target reports a null miss', () => {
    const r = runCli(['descent', ...base, '--burn', '2022-03-30T10:34:00Z', '--mode', 'ballistic']);
    const j = JSON.parse(r.stdout);
    expect(j.mode).toBe('ballistic');
    expect(j.missKm).toBeNull();
    expect(j.footprint).toBeNull();
    expect(j.peakG).toBeGreaterThan(7);
  });
});
