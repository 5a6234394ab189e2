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
import { useSceneFrame } from './useSceneFrame';

/** Earth view distance from the centre: Earth fills about three-quarters of the height at 40 deg fov. */
const EARTH_VIEW_KM = 3.8 * WGS84_A_KM;
/** Share of the view height the picture is raised by: half the timeline bar's height. */
const VIEW_SHIFT = 0.055;
/** ISS view: 350 m behind and 120 m above the station, so Earth's limb is in the frame. */
const CHASE_BACK_KM = 0.35;
const CHASE_UP_KM = 0.12;
/** Earth view: how far past the terminator toward the day side the camera looks, radians. */
const TERMINATOR_TILT = 0.12;
/** Earth view: the latitude of the densest city lights (Europe, North America, East Asia). */
const LIGHTS_LAT = (40 * Math.PI) / 180;

const issNow = new Vector3();
const issPrev = new Vector3();
const up = new Vector3();
const ahead = new Vector3();
const sunDir = new Vector3();
const offset = new Vector3();
const prevUp = new Vector3();
const turn = new Quaternion();

/**
 * The camera: 'earth' orbits Earth's centre; 'iss' follows the station, keeping whatever offset
 * the user has dragged to. Both are OrbitControls, so grab, zoom and keyboard feel the same.
 */
export function CameraRig() {
  const clock = useClockStore();
  const cameraName = useClock(clock, (s) => s.camera);
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const hadIss = useRef(false);
  const size = useThree((s) => s.size);

  // Centre the picture in the space above the timeline bar rather than behind it.
  useEffect(() => {
    if (!('setViewOffset' in camera)) return;
    const shift = Math.round(size.height * VIEW_SHIFT);
    camera.setViewOffset(size.width, size.height, 0, shift, size.width, size.height);
    invalidate();
  }, [camera, size, invalidate]);

  // Place the camera afresh whenever the camera mode changes.
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const s = sceneOfClock(clock.getState());
    if (cameraName === 'iss' && s.iss) {
      setSceneVector(issNow, s.iss.eci.r);
      setSceneVector(up, s.iss.eci.r).normalize();
      setSceneVector(ahead, s.iss.eci.v).normalize();
      camera.position
        .copy(issNow)
        .addScaledVector(ahead, -CHASE_BACK_KM)
        .addScaledVector(up, CHASE_UP_KM);
      camera.up.copy(up);
      c.target.copy(issNow);
      c.minDistance = 0.05;
      c.maxDistance = 5000;
      issPrev.copy(issNow);
      hadIss.current = true;
    } else {
      // Look down near the ISS, swung to put the day/night line across the middle of the view,
      // so the lit Earth, the city lights and the station share the first frame.
      const dir = new Vector3();
      if (s.iss) setSceneVector(dir, s.iss.eci.r).normalize();
      else dir.set(1, 0.3, 0).normalize();
      setSceneVector(sunDir, s.sunEci);
      const across = dir.clone().addScaledVector(sunDir, -dir.dot(sunDir));
      if (across.lengthSq() < 1e-6) across.set(0, 1, 0);
      across.normalize();
      dir
        .copy(across)
        .multiplyScalar(Math.cos(TERMINATOR_TILT))
        .addScaledVector(sunDir, Math.sin(TERMINATOR_TILT));
      // Then halfway from the station's latitude toward the northern mid-latitudes, where most
      // of the world's city lights are, keeping both in the frame.
      const issLat = s.iss ? s.iss.geo.lat : 0;
      const viewLat = 0.6 * issLat + 0.4 * LIGHTS_LAT;
      const horizontal = Math.hypot(dir.x, dir.z) || 1;
      dir.set(
        (dir.x / horizontal) * Math.cos(viewLat),
        Math.sin(viewLat),
        (dir.z / horizontal) * Math.cos(viewLat),
      );
      camera.position.copy(dir.normalize()).multiplyScalar(EARTH_VIEW_KM);
      c.target.set(0, 0, 0);
      c.minDistance = WGS84_A_KM + 150;
      c.maxDistance = 60 * WGS84_A_KM;
      camera.up.set(0, 1, 0);
      hadIss.current = false;
    }
    c.update();
    invalidate();
  }, [cameraName, camera, clock, invalidate]);

  // Follow: carry the camera with the station and turn it with the local vertical, so the view
  // holds still relative to the horizon (the LVLH frame) as the station goes round.
  useSceneFrame((s) => {
    const c = controls.current;
    if (!c || cameraName !== 'iss' || !s.iss) return;
    setSceneVector(issNow, s.iss.eci.r);
    up.copy(issNow).normalize();
    if (hadIss.current) {
      offset.copy(camera.position).sub(issPrev);
      turn.setFromUnitVectors(prevUp.copy(issPrev).normalize(), up);
      offset.applyQuaternion(turn);
      camera.position.copy(issNow).add(offset);
    } else camera.position.copy(issNow).addScaledVector(up, 0.5);
    camera.up.copy(up);
    c.target.copy(issNow);
    issPrev.copy(issNow);
    hadIss.current = true;
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
