import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { WGS84_A_KM } from '../physics/constants';
import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { sceneOfClock } from '../timeline/clockScene';
import { setSceneVector } from './sceneVectors';
import { earthViewDirection } from './earthView';
import { FOLLOW, followed } from './followTargets';
import { fixedPose, isFixedCamera } from './fixedCameras';
import { findMission } from '../data/catalog';
import { replayFor } from '../timeline/replay';
import { useSceneFrame } from './useSceneFrame';

/** Earth view distance from the centre: Earth fills about three-quarters of the height at 40 deg fov. */
const EARTH_VIEW_KM = 3.8 * WGS84_A_KM;
/** Share of the view height the picture is raised by: half the timeline bar's height. */
const VIEW_SHIFT = 0.055;

const targetNow = new Vector3();
const targetPrev = new Vector3();
const up = new Vector3();
const ahead = new Vector3();
const offset = new Vector3();
const prevUp = new Vector3();
const turn = new Quaternion();

/**
 * The camera: 'earth' orbits Earth's centre; 'iss' and 'soyuz' follow their craft, keeping
 * whatever offset the user has dragged to. Both are OrbitControls, so grab, zoom and keyboard feel the same.
 */
export function CameraRig() {
  const clock = useClockStore();
  const cameraName = useClock(clock, (s) => s.camera);
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const hadTarget = useRef(false);
  const size = useThree((s) => s.size);

  // Centre the picture in the space above the timeline bar rather than behind it.
  useEffect(() => {
    if (!('setViewOffset' in camera)) return;
    const shift = Math.round(size.height * VIEW_SHIFT);
    camera.setViewOffset(size.width, size.height, 0, shift, size.width, size.height);
    invalidate();
  }, [camera, size, invalidate]);

  // Place the camera afresh whenever the camera mode (or the mission) changes.
  const missionId = useClock(clock, (s) => s.missionId);
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const s = sceneOfClock(clock.getState());
    const target = followed(s, cameraName);
    c.enabled = !isFixedCamera(cameraName);
    if (isFixedCamera(cameraName)) {
      c.minDistance = 0;
      c.maxDistance = Infinity;
      hadTarget.current = false;
    } else if (target && cameraName !== 'earth') {
      const spec = FOLLOW[cameraName as 'iss' | 'soyuz'];
      setSceneVector(targetNow, target.r);
      setSceneVector(up, target.r).normalize();
      setSceneVector(ahead, target.v);
      ahead.addScaledVector(up, -ahead.dot(up));
      // On the ground the craft hardly moves; look from the south then.
      if (ahead.lengthSq() < 1e-12) ahead.set(0, 1, 0).addScaledVector(up, -up.y);
      ahead.normalize();
      camera.position
        .copy(targetNow)
        .addScaledVector(ahead, -spec.backKm)
        .addScaledVector(up, spec.upKm);
      camera.up.copy(up);
      c.target.copy(targetNow);
      c.minDistance = spec.minKm;
      c.maxDistance = spec.maxKm;
      targetPrev.copy(targetNow);
      hadTarget.current = true;
    } else {
      const dir = earthViewDirection(s);
      camera.position.copy(dir.normalize()).multiplyScalar(EARTH_VIEW_KM);
      c.target.set(0, 0, 0);
      c.minDistance = WGS84_A_KM + 150;
      c.maxDistance = 60 * WGS84_A_KM;
      camera.up.set(0, 1, 0);
      hadTarget.current = false;
    }
    c.update();
    invalidate();
  }, [cameraName, missionId, camera, clock, invalidate]);

  // Follow: carry the camera with the station and turn it with the local vertical, so the view
  // holds still relative to the horizon (the LVLH frame) as the station goes round.
  useSceneFrame((s) => {
    const c = controls.current;
    if (c && isFixedCamera(cameraName)) {
      const mission = findMission(clock.getState().missionId);
      const pose = fixedPose(s, cameraName, mission ? replayFor(mission).aim : null);
      if (!pose) return;
      camera.position.copy(pose.position);
      camera.up.copy(pose.up);
      c.target.copy(pose.target);
      camera.lookAt(pose.target);
      return;
    }
    const target = followed(s, cameraName);
    if (!c || cameraName === 'earth' || !target) return;
    setSceneVector(targetNow, target.r);
    up.copy(targetNow).normalize();
    if (hadTarget.current) {
      offset.copy(camera.position).sub(targetPrev);
      turn.setFromUnitVectors(prevUp.copy(targetPrev).normalize(), up);
      offset.applyQuaternion(turn);
      camera.position.copy(targetNow).add(offset);
    } else camera.position.copy(targetNow).addScaledVector(up, 0.5);
    camera.up.copy(up);
    c.target.copy(targetNow);
    targetPrev.copy(targetNow);
    hadTarget.current = true;
    c.update();
  }, -1);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      zoomSpeed={0.8}
      rotateSpeed={0.5}
      enablePan={false}
    />
  );
}
