import { useEffect, type RefObject } from 'react';
import { Vector3, type Camera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { ClockStore } from '../../clock/clockStore';
import { setViewPose, viewPoses, type ViewPose } from '../../common/viewPose';
import { isFixedCamera } from './fixedCameras';

const offset = new Vector3();

/**
 * The view a person turns or zooms by hand, shared with the other window of a presenter's view
 * (present/windowSync.ts carries it): what a grab does here is written to `viewPoses`, and a pose
 * the other window sent is taken here, relative to what this camera orbits.
 *
 * Only a grab's own moves are written: OrbitControls also say "change" when the rig places the
 * camera or takes the other window's pose, and sending those back would have two windows answer
 * each other for ever.
 */
export function useSharedPose(
  controls: RefObject<OrbitControlsImpl | null>,
  camera: Camera,
  clock: ClockStore,
  /** The other window's pose has been put in place: end any flight, keep it as the true pose. */
  onTaken: () => void,
): void {
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    let grabbing = false;
    const poseNow = (): ViewPose => ({
      camera: clock.getState().camera,
      offset: offset.copy(camera.position).sub(c.target).toArray(),
      up: camera.up.toArray(),
    });
    const start = () => {
      grabbing = true;
    };
    const change = () => {
      if (grabbing) setViewPose(viewPoses, poseNow(), 'person');
    };
    const end = () => {
      if (grabbing) setViewPose(viewPoses, poseNow(), 'person');
      grabbing = false;
    };
    c.addEventListener('start', start);
    c.addEventListener('change', change);
    c.addEventListener('end', end);
    const unsubscribe = viewPoses.subscribe((v) => {
      if (v.by !== 'peer' || !v.pose || grabbing) return;
      const name = clock.getState().camera;
      // A pose made with another camera (the two windows are switching) or a fixed one means
      // nothing here; the camera change itself arrives with the clock's state.
      if (v.pose.camera !== name || isFixedCamera(name)) return;
      camera.position.copy(c.target).add(offset.fromArray(v.pose.offset));
      camera.up.fromArray(v.pose.up);
      // Points the camera at the target again, within this window's own distance limits.
      c.update();
      onTaken();
    });
    return () => {
      c.removeEventListener('start', start);
      c.removeEventListener('change', change);
      c.removeEventListener('end', end);
      unsubscribe();
    };
  }, [controls, camera, clock, onTaken]);
}
