import { lazyPart } from '../common/lazyPart';
import { useTracked } from './trackedSatellite';

/**
 * Tracking in chunks of its own: the panel when it is opened, and the satellite in the scene only
 * while one is tracked. The store (trackedSatellite.ts) stays in the first load: the state hook
 * reads it.
 */
const panel = lazyPart(() => import('./TrackPanel').then((m) => m.TrackPanel));
const satellite = lazyPart(() => import('./TrackedSatellite').then((m) => m.TrackedSatellite), {
  placeholder: 'none',
});

export const TrackPanel = panel.Part;

/** The tracked satellite, a layer in the inertial frame; nothing until a TLE is pasted. */
export function TrackedSatelliteLayer() {
  const tracked = useTracked((s) => s.tracked !== null);
  return tracked ? <satellite.Part /> : null;
}
