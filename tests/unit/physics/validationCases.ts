/**
 * The two validation landings, read from the mission catalogue (never retyped): the real burn
 * time, the reported landing time, the landing point and the ISS element set nearest the burn.
 */
import { findMission, missions } from '../../../src/data/catalog';
import { nearestTle, REPLAY_TLE_MAX_GAP_MS } from '../../../src/data/issTles';
import { parseUtc } from '../../../src/physics/time';
import type { DockingPort } from '../../../src/physics/departure';
import { undockingDeparture } from '../../../src/data/departure';
import type { Tle } from '../../../src/physics/tle';

export interface ValidationCase {
  name: string;
  burnMs: number;
  landingMs: number;
  target: { lat: number; lon: number };
  /** Where the landing point comes from. */
  targetKind: 'estimate' | 'target';
  tle: Tle;
  landingDay: string;
  /** Sourced undocking time and port: the descent starts from the Soyuz's own state. */
  departure: { undockMs: number; port: DockingPort };
}

function load(id: string): ValidationCase {
  const m = findMission(id);
  if (!m?.landing) throw new Error(`${id} missing from the catalogue`);
  const burn = m.timeline.find((e) => e.event === 'deorbit_burn_start')?.time_utc;
  if (!burn) throw new Error(`${id} has no burn time`);
  const burnMs = parseUtc(burn);
  const measured = m.landing.lat !== null && m.landing.lon !== null;
  const est = m.landing.estimate;
  const target = measured
    ? { lat: m.landing.lat!, lon: m.landing.lon! }
    : est
      ? { lat: est.lat, lon: est.lon }
      : undefined;
  if (!target) throw new Error(`${id} has no landing point`);
  const departure = undockingDeparture(m);
  if (!departure) throw new Error(`${id}: no undocking time, or the undocking note names no port`);
  return {
    name: m.mission,
    burnMs,
    landingMs: parseUtc(m.landing.time_utc),
    target,
    targetKind: measured ? 'target' : 'estimate',
    tle: nearestTle(burnMs)!,
    landingDay: m.date,
    departure,
  };
}

/** MS-19: landing point is the catalogue's *estimate* (no measured point is sourced). */
export const MS19 = load('soyuz-ms-19-landing');
/** TMA-18M: landing point is the published *target* point (not a measured touchdown). */
export const TMA18M = load('soyuz-tma-18m-landing');

/**
 * Every landing in the catalogue with a sourced (measured) touchdown point and an ISS element set
 * within 10 days of it: what the planner is checked on, in both recovery zones.
 */
export function plannerCases(): {
  name: string;
  target: { lat: number; lon: number };
  landingMs: number;
  tle: Tle;
}[] {
  const out = [];
  for (const m of missions) {
    const l = m.landing;
    if (m.event_type !== 'landing' || !l || l.lat === null || l.lon === null) continue;
    const landingMs = parseUtc(l.time_utc);
    const tle = nearestTle(landingMs);
    if (!tle || Math.abs(tle.epochMs - landingMs) > REPLAY_TLE_MAX_GAP_MS) continue;
    out.push({ name: m.mission, target: { lat: l.lat, lon: l.lon }, landingMs, tle });
  }
  return out;
}
