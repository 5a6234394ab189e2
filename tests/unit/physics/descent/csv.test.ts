import { afterEach, describe, expect, it } from 'vitest';
import { eventsCsv, trajectoryCsv } from '../../../../src/physics/descent/csv';
import {
  DESCENT_EVENT_TYPES,
  PHASES,
  simulateDescent,
  type TrajectoryTable,
} from '../../../../src/physics/descent/index';
import { setLanguage } from '../../../../src/i18n';
import { MS19 } from '../validationCases';

afterEach(() => setLanguage('en'));

/** Read a CSV back the way a spreadsheet would: a header, then rows of as many fields. */
function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.endsWith('\n')).toBe(true);
  const [head, ...lines] = text.slice(0, -1).split('\n');
  const header = head!.split(',');
  const rows = lines.map((line) => {
    const fields = line.split(',');
    expect(fields).toHaveLength(header.length);
    return Object.fromEntries(header.map((h, i) => [h, fields[i]!]));
  });
  return { header, rows };
}

/** The table's value at `ms`, linearly between the two samples around it (written out here). */
function linear(s: TrajectoryTable, col: Float64Array, ms: number): number {
  let i = 0;
  while (i < s.length - 2 && s.t[i + 1]! <= ms) i++;
  const f = (ms - s.t[i]!) / (s.t[i + 1]! - s.t[i]!);
  return col[i]! + (col[i + 1]! - col[i]!) * f;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

describe('a descent as CSV', () => {
  const r = simulateDescent({ tle: MS19.tle, burnMs: MS19.burnMs, target: MS19.target });
  const s = r.samples;
  const text = trajectoryCsv(r);
  const { header, rows } = parseCsv(text);
  const num = (row: Record<string, string>, col: string) => Number(row[col]);

  it('names each column with its unit', () => {
    expect(header).toEqual([
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
    ]);
  });

  it('has one row a second from the burn up to touchdown', () => {
    const seconds = (r.touchdown.ms - r.burnMs) / 1000;
    expect(seconds).toBeGreaterThan(3000); // about 54 minutes, burn to touchdown
    expect(rows).toHaveLength(Math.floor(seconds) + 1);
    rows.forEach((row, k) => {
      expect(row.t_from_burn_s).toBe(String(k));
      expect(Date.parse(row.utc!)).toBe(r.burnMs + k * 1000);
    });
    expect(rows[0]!.utc).toBe(new Date(MS19.burnMs).toISOString());
    expect(rows[0]!.phase).toBe('burn');
    expect(rows.at(-1)!.phase).toBe('main_chute');
  });

  it('agrees with the simulated trajectory, at sample times and between them', () => {
    // The burn start is the table's first sample: the figures are the sample's, rounded.
    const first = rows[0]!;
    expect(num(first, 'altitude_km')).toBeCloseTo(s.altKm[0]!, 3);
    expect(num(first, 'earth_relative_speed_m_s')).toBeCloseTo(s.airspeed[0]! * 1000, 1);
    expect(num(first, 'latitude_deg')).toBeCloseTo(s.lat[0]!, 5);
    for (const k of [150, 900, 1800, 2100, 2263, 2400, 3100]) {
      const row = rows[k]!;
      const ms = r.burnMs + k * 1000;
      expect(num(row, 'altitude_km')).toBeCloseTo(linear(s, s.altKm, ms), 3);
      expect(num(row, 'earth_relative_speed_m_s')).toBeCloseTo(linear(s, s.airspeed, ms) * 1000, 1);
      expect(num(row, 'g_load_g')).toBeCloseTo(linear(s, s.g, ms), 3);
      expect(num(row, 'dynamic_pressure_pa')).toBeCloseTo(linear(s, s.q, ms), 1);
      expect(num(row, 'latitude_deg')).toBeCloseTo(linear(s, s.lat, ms), 4);
      let i = 0;
      while (s.t[i + 1]! <= ms) i++;
      expect(row.phase).toBe(PHASES[s.phase[i]!]);
    }
    // The peak load is seen at 1 s steps, a little under the simulation's own peak.
    const peak = Math.max(...rows.map((row) => num(row, 'g_load_g')));
    expect(peak).toBeLessThanOrEqual(r.peakG + 0.001);
    expect(peak).toBeGreaterThan(r.peakG - 0.05);
  });

  it('gives the vertical speed the altitude column changes by', () => {
    const errors: number[] = [];
    for (let k = 1; k < rows.length - 1; k++) {
      const dAlt = (num(rows[k + 1]!, 'altitude_km') - num(rows[k - 1]!, 'altitude_km')) / 2;
      errors.push(Math.abs(dAlt * 1000 - num(rows[k]!, 'vertical_speed_m_s')));
    }
    errors.sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThan(0.5);
    // Up to a few m/s where the table's samples are 20 s apart on the coast.
    expect(errors.at(-1)).toBeLessThan(5);
    // Under the main canopy the capsule comes straight down: its whole speed is vertical.
    const canopy = rows.filter((row) => row.phase === 'main_chute' && num(row, 'altitude_km') < 4);
    expect(canopy.length).toBeGreaterThan(100);
    for (const row of canopy) {
      expect(num(row, 'vertical_speed_m_s')).toBeLessThan(-5);
      expect(num(row, 'vertical_speed_m_s')).toBeCloseTo(-num(row, 'earth_relative_speed_m_s'), 0);
    }
  });

  it('writes numbers with a dot and no grouping, in every interface language', async () => {
    for (const row of rows) {
      for (const col of header.slice(1, -1)) expect(row[col]).toMatch(NUMBER);
    }
    const events = eventsCsv(r);
    for (const lang of ['ru', 'kk'] as const) {
      await setLanguage(lang);
      expect(trajectoryCsv(r)).toBe(text);
      expect(eventsCsv(r)).toBe(events);
    }
  });

  it('lists the events with the figures the simulation recorded for them', () => {
    const ev = parseCsv(eventsCsv(r));
    expect(ev.header).toEqual(['event', ...header]);
    expect(ev.rows.map((row) => row.event)).toEqual(r.events.map((e) => e.type));
    // Every kind of event once, in the order they happened.
    expect(ev.rows.map((row) => row.event).sort()).toEqual([...DESCENT_EVENT_TYPES].sort());
    const times = ev.rows.map((row) => num(row, 't_from_burn_s'));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    ev.rows.forEach((row, i) => {
      const e = r.events[i]!;
      expect(Date.parse(row.utc!)).toBe(Math.round(e.ms));
      expect(num(row, 't_from_burn_s')).toBeCloseTo((e.ms - r.burnMs) / 1000, 3);
      expect(num(row, 'altitude_km')).toBeCloseTo(e.altKm, 3);
      expect(num(row, 'latitude_deg')).toBeCloseTo(e.lat, 5);
      expect(num(row, 'longitude_deg')).toBeCloseTo(e.lon, 5);
      for (const col of header.slice(1, -1)) expect(row[col]).toMatch(NUMBER);
    });
    const byName = Object.fromEntries(ev.rows.map((row) => [row.event, row]));
    expect(num(byName.peak_g!, 'g_load_g')).toBeCloseTo(r.peakG, 2);
    expect(byName.touchdown!.phase).toBe('landed');
    expect(Date.parse(byName.touchdown!.utc!)).toBe(Math.round(r.touchdown.ms));
  });

  it('steps whole seconds from a burn that is not on a whole second', () => {
    const late = simulateDescent({
      tle: MS19.tle,
      burnMs: MS19.burnMs + 500,
      mode: 'ballistic',
    });
    const csv = parseCsv(trajectoryCsv(late));
    expect(csv.rows[0]!.utc).toMatch(/\.500Z$/);
    expect(csv.rows.at(-1)!.utc).toMatch(/\.500Z$/);
    expect(csv.rows).toHaveLength(Math.floor((late.touchdown.ms - late.burnMs) / 1000) + 1);
  });
});
