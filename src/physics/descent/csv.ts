/**
 * A descent as CSV, for spreadsheets and scripts: the trajectory at whole seconds from the burn,
 * and the events. Both the app's download and the CLI's `--csv` write it, so it lives here, below
 * both. Numbers are written with toFixed, never toLocaleString: a dot and no grouping whatever the
 * interface language, so a file made in Russian reads the same as one made in English.
 */
import { newTrajectoryPoint, PHASES, sampleAt, type TrajectoryPoint } from './trajectory';
import type { DescentResult } from './types';
import { verticalSpeedKms } from './verticalSpeed';

/** The trajectory file's columns, each named with its unit. */
export const TRAJECTORY_CSV_COLUMNS = [
  'utc',
  't_from_burn_s',
  'altitude_km',
  'earth_relative_speed_m_s',
  'vertical_speed_m_s',
  'g_load_g',
  'dynamic_pressure_pa',
  'latitude_deg',
  'longitude_deg',
  'phase',
] as const;

/** The events file: the event, then the same figures at the event's instant. */
export const EVENTS_CSV_COLUMNS = ['event', ...TRAJECTORY_CSV_COLUMNS] as const;

/** Decimals per figure: metres, 0.1 m/s (0.01 m/s vertical, for the canopies), 0.001 g, 0.1 Pa, ~1 m. */
const DIGITS = { alt: 3, speed: 1, vspeed: 2, g: 3, q: 1, deg: 5 } as const;

function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  // "-0.000" is a rounding artefact, not a direction.
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** One row's figures (after utc and t), in TRAJECTORY_CSV_COLUMNS order. */
function figures(p: TrajectoryPoint, alt = p.altKm, lat = p.lat, lon = p.lon): string[] {
  return [
    fixed(alt, DIGITS.alt),
    fixed(p.airspeed * 1000, DIGITS.speed),
    fixed(verticalSpeedKms(p) * 1000, DIGITS.vspeed),
    fixed(p.g, DIGITS.g),
    fixed(p.q, DIGITS.q),
    fixed(lat, DIGITS.deg),
    fixed(lon, DIGITS.deg),
    PHASES[p.phase] ?? String(p.phase),
  ];
}

/** ISO 8601 to the millisecond (events fall between milliseconds: rounded, not cut). */
const utc = (ms: number): string => new Date(Math.round(ms)).toISOString();

/**
 * The trajectory at exact 1 s steps from the burn (t = 0) to the last whole second before
 * touchdown, interpolated between the simulation's samples as the replay does (sampleAt). Only
 * the simulated span: touchdown itself, between whole seconds, is in the events file.
 */
export function trajectoryCsv(r: DescentResult): string {
  const lines: string[] = [TRAJECTORY_CSV_COLUMNS.join(',')];
  const p = newTrajectoryPoint();
  const seconds = Math.floor((r.touchdown.ms - r.burnMs) / 1000);
  for (let k = 0; k <= seconds; k++) {
    const ms = r.burnMs + k * 1000;
    sampleAt(r.samples, ms, p);
    lines.push([utc(ms), String(k), ...figures(p)].join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * The modelled events in time order, with the height and place the simulation recorded for each
 * and the speed, load, pressure and phase of the trajectory at that instant.
 */
export function eventsCsv(r: DescentResult): string {
  const lines: string[] = [EVENTS_CSV_COLUMNS.join(',')];
  const p = newTrajectoryPoint();
  for (const e of r.events) {
    sampleAt(r.samples, e.ms, p);
    const t = fixed((e.ms - r.burnMs) / 1000, 3);
    lines.push([e.type, utc(e.ms), t, ...figures(p, e.altKm, e.lat, e.lon)].join(','));
  }
  return lines.join('\n') + '\n';
}
