import { createStore, type StoreApi } from 'zustand/vanilla';

export type Triple = [number, number, number];

/**
 * Where a person turned or zoomed the view by hand, relative to what the camera orbits (Earth's
 * centre, or the craft it follows), so that it means the same in another window of a presenter's
 * view whose clock is a few milliseconds apart.
 */
export interface ViewPose {
  /** The camera it was made with ('earth', 'iss', 'soyuz'); a window on another camera ignores it. */
  camera: string;
  /** The camera's position less the point it orbits, scene axes, km. */
  offset: Triple;
  /** The camera's up direction. */
  up: Triple;
}

export interface ViewPoseState {
  pose: ViewPose | null;
  /**
   * Who set it: the person at this window (the presenter's sync sends it to the other window) or
   * the other window (the camera rig here takes it).
   */
  by: 'person' | 'peer';
}

export type ViewPoseStore = StoreApi<ViewPoseState>;

export function createViewPoseStore(): ViewPoseStore {
  return createStore<ViewPoseState>()(() => ({ pose: null, by: 'person' }));
}

/** This window's: the camera rig writes the person's poses here and reads the other window's. */
export const viewPoses = createViewPoseStore();

export function setViewPose(store: ViewPoseStore, pose: ViewPose, by: ViewPoseState['by']): void {
  // Each call a new state, so a listener hears every pose, even one equal to the last.
  store.setState({ pose, by });
}
