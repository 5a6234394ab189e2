import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { WGS84_A_KM } from '../physics/constants';
import { useClock, type CameraName } from '../timeline/clockStore';
import type { SceneState } from '../timeline/sceneState';
import type { Vec3 } from '../physics/vec3';
import { useClockStore } from '../timeline/ClockContext';
import { sceneOfClock } from '../timeline/clockScene';
import { setSceneVector } from './sceneVectors';
import { earthViewDirection } from './earthView';
import { useSceneFrame } from './useSceneFrame';

/** Earth view distance from the centre: Earth fills about three-quarters of the height at 40 deg fov. */
const EARTH_VIEW_KM = 3.8 * WGS84_A_KM;
/** Share of the view height the picture is raised by: half the timeline bar's height. */
const VIEW_SHIFT = 0.055;
/** ISS view: 350 m behind and 120 m above the station, so Earth's limb is in the frame. */
const CHASE_BACK_KM = 0.35;
const CHASE_UP_KM = 0.12;

const targetNow = new Vector3();
const targetPrev = new Vector3();
const up = new Vector3();
const ahead = new Vector3();
const offset = new Vector3();
const prevUp = new Vector3();
const turn = new Quaternion();

const liftedR: Vec3 = [0, 0, 0];

/** Height of the chase camera's aim above the capsule: half-way up to the open canopy, km. */
function canopyLiftKm(s: SceneState): number {
  const c = s.capsule!;
  if (s.utcMs >= c.descent.touchdown.ms) return 0;
  const at = (type: string) => c.descent.events.find((e) => e.type === type)?.ms ?? Infinity;
  if (s.utcMs >= at('main_chute')) return 0.022;
  if (s.utcMs >= at('drogue_chute')) return 0.007;
  return 0;
}

interface FollowSpec {
  backKm: number;
  upKm: number;
  minKm: number;
  maxKm: number;
}

/** How each followed craft is framed: the ISS from 350 m, the Soyuz chase view from 70 m. */
const FOLLOW: Readonly<Record<'iss' | 'soyuz', FollowSpec>> = {
  iss: { backKm: CHASE_BACK_KM, upKm: CHASE_UP_KM, minKm: 0.05, maxKm: 5000 },
  soyuz: { backKm: 0.07, upKm: 0.01, minKm: 0.006, maxKm: 5000 },
};

/**
 * What a follow camera tracks: the ISS, or the Soyuz from its burn on (before the burn it is a
 * few km from the station, so the view waits on the station).
 */
function followed(s: SceneState, name: CameraName): { r: Vec3; v: Vec3 } | null {
  if (name === 'soyuz' && s.capsule) {
    // Under a canopy, look at a point between the capsule and the canopy so both are framed.
    const lift = canopyLiftKm(s);
    const r = s.capsule.drawR;
    const k = 1 + lift / Math.hypot(r[0], r[1], r[2]);
    liftedR[0] = r[0] * k;
    liftedR[1] = r[1] * k;
    liftedR[2] = r[2] * k;
    return { r: liftedR, v: s.capsule.point.v };
  }
  if ((name === 'iss' || name === 'soyuz') && s.iss) return s.iss.eci;
  return null;
}

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
    if (target && cameraName !== 'earth') {
      const spec = FOLLOW[cameraName];
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
