/**
 * The CLI's commands as a pure function from argv to { code, stdout, stderr }: main.ts only does
 * the I/O, and tests can call this in-process. Output is one JSON object (a stable contract read
 * by other tools), or with --csv the trajectory as CSV, or one line of error; never half of one
 * and then the other.
 */
import { simulateDescent, type DescentResult } from '../physics/descent/index';
import { trajectoryCsv } from '../physics/descent/csv';
import { planDescent } from '../physics/planner';
import { satelliteFix } from '../physics/issState';
import { subsolarPoint } from '../physics/sun';
import { formatUtc, parseUtc } from '../physics/time';
import { parseTle } from '../physics/tle';
import { parseArgs, parseDeltaV, parseMode, parseTarget, USAGE, UsageError } from './args';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

const round = (x: number, digits: number): number => {
  const k = 10 ** digits;
  const r = Math.round(x * k) / k;
  return Object.is(r, -0) ? 0 : r;
};

/** The `descent` / `plan` JSON contract. */
export function descentJson(r: DescentResult): object {
  return {
    burnUtc: formatUtc(r.burnMs),
    deltaVms: r.deltaVms,
    mode: r.mode,
    events: r.events.map((e) => ({
      type: e.type,
      utc: formatUtc(e.ms),
      altKm: round(e.altKm, 3),
      lat: round(e.lat, 4),
      lon: round(e.lon, 4),
    })),
    touchdown: {
      utc: formatUtc(r.touchdown.ms),
      lat: round(r.touchdown.lat, 4),
      lon: round(r.touchdown.lon, 4),
    },
    peakG: round(r.peakG, 2),
    peakGAltKm: round(r.peakGAltKm, 2),
    missKm: r.missKm === null ? null : round(r.missKm, 2),
    // Guided to a target: whether it lay within the automatic system's reach; else null.
    footprint: r.footprint,
  };
}

const json = (value: object): string => JSON.stringify(value, null, 2) + '\n';

/** The whole of stdout for a command, built before any of it is printed. */
function execute(argv: readonly string[]): string {
  const { command, options: o, flags } = parseArgs(argv);
  const tle = parseTle(o.get('tle1')!, o.get('tle2')!);
  if (command === 'state') {
    const ms = parseUtc(o.get('at')!);
    const fix = satelliteFix(tle, ms);
    const sun = subsolarPoint(ms);
    return json({
      utc: formatUtc(ms),
      iss: {
        lat: round((fix.geo.lat * 180) / Math.PI, 4),
        lon: round((fix.geo.lon * 180) / Math.PI, 4),
        altKm: round(fix.geo.altKm, 3),
        speedKms: round(fix.speedKms, 4),
      },
      sun: { subsolarLat: round(sun.lat, 4), subsolarLon: round(sun.lon, 4) },
    });
  }
  const print = (r: DescentResult): string =>
    flags.has('csv') ? trajectoryCsv(r) : json(descentJson(r));
  const mode = parseMode(o.get('mode'));
  const deltaVms = parseDeltaV(o.get('dv'));
  if (command === 'descent') {
    const burnMs = parseUtc(o.get('burn')!);
    const t = o.get('target');
    const target = t === undefined ? undefined : parseTarget(t);
    return print(simulateDescent({ tle, burnMs, deltaVms, mode, target }));
  }
  const target = parseTarget(o.get('target')!);
  const landNearMs = parseUtc(o.get('land-near')!);
  return print(planDescent({ tle, target, landNearMs, mode, deltaVms }).descent);
}

export function runCli(argv: readonly string[]): CliOutcome {
  if (argv[0] === 'help' || argv[0] === '--help') {
    return { code: 0, stdout: USAGE + '\n', stderr: '' };
  }
  try {
    return { code: 0, stdout: execute(argv), stderr: '' };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // One line, always: other tools read stderr.
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return { code: err instanceof UsageError ? 2 : 1, stdout: '', stderr: `error: ${oneLine}\n` };
  }
}
