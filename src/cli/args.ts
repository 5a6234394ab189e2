/**
 * Command-line argument parsing for the physics CLI: strict, so a typo is an error rather than
 * a silently ignored option, and every error says what to fix.
 */
import type { DescentMode, GuidanceTarget } from '../physics/descent/index';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage:
  cli descent --tle1 "<line 1>" --tle2 "<line 2>" --burn <ISO UTC> [--dv 128] [--mode guided|ballistic] [--target <lat>,<lon>] [--csv]
  cli plan    --tle1 "<line 1>" --tle2 "<line 2>" --target <lat>,<lon> --land-near <ISO UTC> [--mode guided|ballistic] [--csv]
  cli state   --tle1 "<line 1>" --tle2 "<line 2>" --at <ISO UTC>`;

export type Command = 'descent' | 'plan' | 'state';

export interface ParsedArgs {
  command: Command;
  options: Map<string, string>;
  /** Switches given without a value (--csv). */
  flags: Set<string>;
}

const ALLOWED: Record<Command, { required: string[]; optional: string[]; flags: string[] }> = {
  descent: {
    required: ['tle1', 'tle2', 'burn'],
    optional: ['dv', 'mode', 'target'],
    flags: ['csv'],
  },
  plan: {
    required: ['tle1', 'tle2', 'target', 'land-near'],
    optional: ['mode', 'dv'],
    flags: ['csv'],
  },
  state: { required: ['tle1', 'tle2', 'at'], optional: [], flags: [] },
};

/** Split argv (after the script name) into a command and its --options. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command !== 'descent' && command !== 'plan' && command !== 'state') {
    throw new UsageError(
      command
        ? `unknown command "${command}" (expected descent, plan or state)`
        : 'no command given (expected descent, plan or state; --help shows the usage)',
    );
  }
  const spec = ALLOWED[command];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    let key = arg.slice(2);
    let value: string | undefined;
    const eq = key.indexOf('=');
    if (spec.flags.includes(eq >= 0 ? key.slice(0, eq) : key)) {
      // A switch never takes the next word: "--csv --mode x" must not read "--mode" as its value.
      if (eq >= 0) throw new UsageError(`--${key.slice(0, eq)} takes no value`);
      if (flags.has(key)) throw new UsageError(`--${key} is given twice`);
      flags.add(key);
      continue;
    }
    if (eq >= 0) {
      value = key.slice(eq + 1);
      key = key.slice(0, eq);
    } else {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`--${key} needs a value`);
    }
    if (!spec.required.includes(key) && !spec.optional.includes(key)) {
      throw new UsageError(`"${command}" does not take --${key}`);
    }
    if (options.has(key)) throw new UsageError(`--${key} is given twice`);
    options.set(key, value);
  }
  for (const key of spec.required) {
    if (!options.has(key)) throw new UsageError(`"${command}" needs --${key}`);
  }
  return { command, options, flags };
}

/** "<lat>,<lon>" in degrees, on the globe. */
export function parseTarget(text: string): GuidanceTarget {
  const parts = text.split(',').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 2 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`--target must be "<lat>,<lon>" in degrees, got "${text}"`);
  }
  const [lat, lon] = nums as [number, number];
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
    throw new UsageError(
      `--target ${text} is off the globe (latitude must be within ±90°, longitude within ±180°)`,
    );
  }
  return { lat, lon };
}

export function parseMode(text: string | undefined): DescentMode {
  if (text === undefined || text === 'guided') return 'guided';
  if (text === 'ballistic') return 'ballistic';
  throw new UsageError(`--mode must be guided or ballistic, got "${text}"`);
}

export function parseDeltaV(text: string | undefined): number {
  if (text === undefined) return 128;
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || v <= 0 || v >= 1000) {
    throw new UsageError(`--dv must be a speed in m/s between 0 and 1000, got "${text}"`);
  }
  return v;
}
