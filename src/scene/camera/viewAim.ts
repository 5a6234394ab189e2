import { createStore } from 'zustand/vanilla';

/**
 * A place on Earth the Earth view should turn to: the landing zone when a what-if result comes,
 * the next event's place when a replay opens. Fixed on the ground (latitude and longitude), so
 * the camera rig turns it into the inertial scene frame at the clock's time.
 */
export interface ViewAim {
  /** Degrees, geodetic. The centre of what should be in view. */
  lat: number;
  lon: number;
  /** How far from Earth's centre the camera should end up, km (e.g. 1.6 × Earth's radius for a region). */
  distanceKm: number;
}

interface ViewAimState {
  aim: ViewAim | null;
  /** Counts requests, so asking twice for the same place still turns the view back to it. */
  seq: number;
  request(aim: ViewAim): void;
}

/** Requests to turn the Earth view; src/scene/camera/CameraRig.tsx answers them. */
export const viewAim = createStore<ViewAimState>()((set) => ({
  aim: null,
  seq: 0,
  request: (aim) => set((s) => ({ aim, seq: s.seq + 1 })),
}));

/** Turn the Earth view (switching to the Earth camera) to look down on a place. */
export function requestView(aim: ViewAim): void {
  viewAim.getState().request(aim);
}
