import type { DescentMode } from '../physics/descent';
import type { CircularOrbit, LandingFitInput } from '../physics/reconstruct';
import { parseUtc } from '../physics/time';
import type { MissionRecord } from './schema';

/**
 * Orbits reconstructed where the data has no element set (see physics/reconstruct.ts). Each is
 * the output of fitOrbitToLanding on the mission's sourced burn, touchdown point and touchdown
 * time, stored so the app does not spend seconds fitting at start; a unit test re-runs the fit
 * from the mission record and fails if these drift from it.
 */
export interface Reconstruction {
  missionId: string;
  /** The mode the descent flew, and the one the fit used. */
  mode: DescentMode;
  /**
   * The burn the fit flew from: the sourced time, or, where the sources give only the landing,
   * BURN_BEFORE_TOUCHDOWN_MS before it (an assumption the card states).
   */
  burn: 'sourced' | 'assumed';
  orbit: CircularOrbit;
}

/** SOURCES.md: deorbit burn start → landing ~53-54 min (CSA MS-11 52m52s, MS-19 54 min). */
export const BURN_BEFORE_TOUCHDOWN_MS = 53.5 * 60_000;

/**
 * What a reconstruction is fitted to (tools/reconstruct/makeReconstructions.ts, and the test that
 * checks the stored orbits): the sourced burn, or the assumed one; the landing point (measured, or
 * the catalogue's estimate) and time. TMA-11 came down ballistic; every other return guided, its
 * descent flown unsteered on the reference lift (there is no target to steer to beyond the point
 * the orbit is fitted to).
 */
export function reconstructionInputs(
  m: MissionRecord,
  inclinationDeg: number,
): Omit<LandingFitInput, 'meanMotion'> & { burnKind: 'sourced' | 'assumed' } {
  const l = m.landing!;
  const landingMs = parseUtc(l.time_utc);
  const burnUtc = m.timeline.find(
    (x) => (x.event === 'deorbit_burn_start' || x.event === 'deorbit_burn') && x.time_utc,
  )?.time_utc;
  const point = l.lat !== null && l.lon !== null ? { lat: l.lat, lon: l.lon } : l.estimate!;
  return {
    burnMs: burnUtc ? parseUtc(burnUtc) : landingMs - BURN_BEFORE_TOUCHDOWN_MS,
    burnKind: burnUtc ? 'sourced' : 'assumed',
    landing: { lat: point.lat, lon: point.lon },
    landingMs,
    inclinationDeg,
    mode: /ballistic/.test(m.event_type + m.id) ? 'ballistic' : 'guided',
  };
}

export const RECONSTRUCTIONS: readonly Reconstruction[] = [
  {
    // Soyuz TMA-11, 2008-04-19: the catalogue's oldest ISS element set is from 2016. Fitted so
    // the ballistic descent from the planned burn (07:40 UTC) lands on the reported point at the
    // reported time (08:29:44 UTC).
    missionId: 'soyuz-tma-11-ballistic-landing',
    mode: 'ballistic',
    burn: 'sourced',
    orbit: {
      epochMs: Date.UTC(2008, 3, 19, 7, 40),
      // The mean inclination of the catalogue's ISS element sets: the station has flown at
      // 51.6° since 1998, so this is the one element the later sets can lend.
      inclinationDeg: 51.64282063492065,
      raanDeg: 285.4303631133007,
      argLatDeg: 324.80827832951263,
      meanMotion: 15.563452920261822,
    },
  },
];

export function reconstructionFor(missionId: string): Reconstruction | null {
  return RECONSTRUCTIONS.find((r) => r.missionId === missionId) ?? null;
}
