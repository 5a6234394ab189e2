import type { DescentMode } from '../physics/descent';
import type { CircularOrbit } from '../physics/reconstruct';

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
  orbit: CircularOrbit;
}

export const RECONSTRUCTIONS: readonly Reconstruction[] = [
  {
    // Soyuz TMA-11, 2008-04-19: the catalogue's oldest ISS element set is from 2016. Fitted so
    // the ballistic descent from the planned burn (07:40 UTC) lands on the reported point at the
    // reported time (08:29:44 UTC).
    missionId: 'soyuz-tma-11-ballistic-landing',
    mode: 'ballistic',
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
