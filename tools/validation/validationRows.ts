/**
 * The validation table: every return in the catalogue with a sourced deorbit-burn time and a real
 * ISS element set within 3 days of it, flown as its replay flies it (from the Soyuz's own state
 * where the data names the undocking port), against what the sources report. One function, so the
 * README's table (npm run validation) and the test that checks it (tests/unit/physics/
 * validationTable.test.ts) come from the same runs.
 */
import { missions } from '../../src/data/catalog';
import { undockingDeparture } from '../../src/data/departure';
import { nearestTle } from '../../src/data/issTles';
import type { MissionRecord } from '../../src/data/schema';
import { simulateDescent, type DescentEventType } from '../../src/physics/descent';
import { parseUtc } from '../../src/physics/time';
import { landingAim, sourcedBurnMs } from '../../src/replay/replay';

const DAY_MS = 86_400_000;
export const VALIDATION_TLE_GAP_MS = 3 * DAY_MS;

/** Modelled minus reported, seconds, where the sources give the event; else null. */
export type Deltas = Partial<Record<DescentEventType | 'guidance_start', number>>;

export interface ValidationRow {
  id: string;
  mission: string;
  burnUtc: string;
  /** How the burn time is known: "actual", "planned", with the precision the data gives. */
  burnStatus: string;
  tleGapDays: number;
  /** 'measured' touchdown coordinates, or the catalogue's 'estimate'. */
  pointKind: 'measured' | 'estimate';
  touchdownDeltaS: number;
  missKm: number;
  peakG: number;
  peakGAltKm: number;
  footprint: 'inside' | 'outside' | null;
  /** Module separation, modelled minus the sourced time, s; null where no time is sourced. */
  separationDeltaS: number | null;
  /** Every timeline event the sources give a time for, modelled minus reported, s. */
  deltas: Deltas;
}

/** The data's event names for the model's events (CSA's MS-11 timeline uses these). */
const SOURCE_EVENT: Partial<Record<string, DescentEventType | 'guidance_start'>> = {
  module_separation: 'module_separation',
  entry_interface: 'entry_interface',
  plasma_entry_guidance_start: 'guidance_start',
  plasma_exit_max_g: 'peak_g',
  parachute_command: 'drogue_chute',
  parachute_deploy: 'drogue_chute',
};

export function validationMissions(): MissionRecord[] {
  return missions.filter((m) => {
    const burnMs = sourcedBurnMs(m);
    if (m.event_type !== 'landing' || burnMs === null || !landingAim(m)) return false;
    const tle = nearestTle(burnMs);
    return !!tle && Math.abs(tle.epochMs - burnMs) <= VALIDATION_TLE_GAP_MS;
  });
}

export function validationRow(m: MissionRecord): ValidationRow {
  const burnMs = sourcedBurnMs(m)!;
  const tle = nearestTle(burnMs)!;
  const aim = landingAim(m)!;
  const departure = undockingDeparture(m) ?? undefined;
  const d = simulateDescent({ tle, burnMs, target: aim, departure });
  const burn = m.timeline.find((e) => e.event === 'deorbit_burn_start' && e.time_utc)!;
  const burnUtc = burn.time_utc!;
  const at = (type: DescentEventType) => d.events.find((e) => e.type === type)!.ms;
  const deltas: Deltas = {};
  let separationDeltaS: number | null = null;
  for (const e of m.timeline) {
    const mine = SOURCE_EVENT[e.event];
    // Only times the sources report (actual or planned), not the data's own estimates.
    if (!mine || !e.time_utc || /estimate/.test(e.status)) continue;
    const modelled = mine === 'guidance_start' ? at('blackout_start') : at(mine);
    deltas[mine] = (modelled - parseUtc(e.time_utc)) / 1000;
    if (mine === 'module_separation') separationDeltaS = deltas[mine]!;
  }
  const touchdownDeltaS = (d.touchdown.ms - parseUtc(m.landing!.time_utc)) / 1000;
  deltas.touchdown = touchdownDeltaS;
  return {
    id: m.id,
    mission: m.mission,
    burnUtc,
    burnStatus: burn.status,
    tleGapDays: (tle.epochMs - burnMs) / DAY_MS,
    pointKind: m.landing!.lat !== null ? 'measured' : 'estimate',
    touchdownDeltaS,
    missKm: d.missKm!,
    peakG: d.peakG,
    peakGAltKm: d.peakGAltKm,
    footprint: d.footprint,
    separationDeltaS,
    deltas,
  };
}

export function validationRows(): ValidationRow[] {
  return validationMissions().map(validationRow);
}

const sign = (x: number, digits = 0) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** The rows as the Markdown table the README and docs/physics.md carry (a test compares them). */
export function validationMarkdown(rows: readonly ValidationRow[]): string {
  const lines = [
    '| Return | Burn (UTC, as sourced) | Element set | Separation Δt | Touchdown Δt | Miss | Peak g | Footprint |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const sep = r.separationDeltaS === null ? '—' : `${sign(r.separationDeltaS)} s`;
    const point = r.pointKind === 'estimate' ? ' (est.)' : '';
    lines.push(
      `| ${r.mission} | ${r.burnUtc.slice(11, 19)} ${r.burnStatus.split(' ')[0]} | ${sign(r.tleGapDays, 1)} d | ${sep} | ${sign(r.touchdownDeltaS)} s | ${r.missKm.toFixed(1)} km${point} | ${r.peakG.toFixed(2)} g at ${r.peakGAltKm.toFixed(0)} km | ${r.footprint} |`,
    );
  }
  return lines.join('\n');
}
