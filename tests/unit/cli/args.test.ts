import { describe, expect, it } from 'vitest';
import { parseArgs, parseDeltaV, parseMode, parseTarget, UsageError } from '../../../src/cli/args';

describe('cli arguments', () => {
  it('parses a command with --key value and --key=value options', () => {
    const { command, options } = parseArgs([
      'state',
      '--tle1',
      'a',
      '--tle2=b',
      '--at',
      '2022-03-30T10:34:00Z',
    ]);
    expect(command).toBe('state');
    expect(Object.fromEntries(options)).toEqual({
      tle1: 'a',
      tle2: 'b',
      at: '2022-03-30T10:34:00Z',
    });
  });

  it('refuses repeated, valueless and stray arguments', () => {
    expect(() => parseArgs(['state', '--at', '1', '--at', '2'])).toThrow(/given twice/);
    expect(() => parseArgs(['state', '--at'])).toThrow(/needs a value/);
    expect(() => parseArgs(['state', 'x'])).toThrow(UsageError);
  });

  it('--csv is a switch: it takes no value and leaves the next option alone', () => {
    const { options, flags } = parseArgs([
      'descent',
      '--csv',
      '--burn',
      'b',
      '--tle1=a',
      '--tle2',
      'c',
    ]);
    expect([...flags]).toEqual(['csv']);
    expect(options.get('burn')).toBe('b');
    expect(options.has('csv')).toBe(false);
    expect(() =>
      parseArgs(['descent', '--csv=yes', '--burn', 'b', '--tle1=a', '--tle2=c']),
    ).toThrow(/takes no value/);
    expect(() =>
      parseArgs(['descent', '--csv', '--csv', '--burn=b', '--tle1=a', '--tle2=c']),
    ).toThrow(/given twice/);
    expect(() => parseArgs(['state', '--csv', '--at=1', '--tle1=a', '--tle2=c'])).toThrow(
      /does not take --csv/,
    );
  });

  it('targets, modes and delta-v', () => {
    expect(parseTarget(' 47.4 , 69.6 ')).toEqual({ lat: 47.4, lon: 69.6 });
    expect(() => parseTarget('47')).toThrow(/--target/);
    expect(parseMode(undefined)).toBe('guided');
    expect(parseMode('ballistic')).toBe('ballistic');
    expect(parseDeltaV(undefined)).toBe(128);
    expect(parseDeltaV('115.5')).toBe(115.5);
    expect(() => parseDeltaV('')).toThrow(/--dv/);
  });
});
