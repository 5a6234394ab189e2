import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { satelliteFix, type SatelliteFix } from '../physics/issState';
import { PropagationError } from '../physics/sgp4';
import type { PastedSatellite } from './pastedTle';

/** The satellite the person pasted a TLE for, drawn beside the station; one at a time. */
export interface TrackedState {
  tracked: PastedSatellite | null;
  track(s: PastedSatellite): void;
  clear(): void;
}

export const trackedSatellite = createStore<TrackedState>()((set) => ({
  tracked: null,
  track: (tracked) => set({ tracked }),
  clear: () => set({ tracked: null }),
}));

export function useTracked<T>(selector: (s: TrackedState) => T): T {
  return useStore(trackedSatellite, selector);
}

/**
 * Where the tracked satellite is at an instant, or why it cannot be shown then (SGP4 is only
 * trusted within 30 days of the element set's epoch, and fails for a decayed orbit).
 */
export function trackedFixAt(
  ms: number,
):
  | { satellite: PastedSatellite; fix: SatelliteFix }
  | { satellite: PastedSatellite; why: string }
  | null {
  const satellite = trackedSatellite.getState().tracked;
  if (!satellite) return null;
  try {
    return { satellite, fix: satelliteFix(satellite.tle, ms) };
  } catch (e) {
    if (!(e instanceof PropagationError)) throw e;
    return { satellite, why: e.message };
  }
}
