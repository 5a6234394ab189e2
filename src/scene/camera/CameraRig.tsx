import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { Quaternion, Vector3, type Camera, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { DEG, WGS84_A_KM } from '../../physics/constants';
import {
  ecefToEci,
  ecefToGeodetic,
  eciToEcef,
  geodeticToEcef,
  type Geodetic,
} from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { currentReplay, sceneOfClock } from '../../replay/currentReplay';
import { setSceneVector } from '../sceneVectors';
import { earthViewDirection } from './earthView';
import { chaseFraming, FOLLOW, followed } from './followTargets';
import { CameraFlight } from './cameraTransition';
import { prefersReducedMotion } from '../../common/reducedMotion';
import { fixedPose, groundLensFovDeg, groundObserver, isFixedCamera } from './fixedCameras';
import { useSceneFrame } from '../useSceneFrame';
import { frameStats } from '../render/frameStats';
import { viewAim, type ViewAim } from './viewAim';
import { useSharedPose } from './useSharedPose';

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
const pivot = new Vector3();
const cameraEci: Vec3 = [0, 0, 0];
const cameraGeo: Geodetic = { lat: 0, lon: 0, altKm: 0 };
const cameraEcef: Vec3 = [0, 0, 0];

/** Above `aim` at its distance from Earth's centre, north up: the pose of an aimed Earth view. */
function placeOverAim(camera: Camera, aim: ViewAim, gmst: number): void {
  const eci = ecefToEci(geodeticToEcef(aim.lat * DEG, aim.lon * DEG, 0), gmst);
  setSceneVector(camera.position, eci).normalize().multiplyScalar(aim.distanceKm);
  camera.up.set(0, 1, 0);
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
  const flight = useRef(new CameraFlight());
  /** The chase distance the camera was last placed at, so a change of framing scales it. */
  const chaseKm = useRef(0);
  const placedOnce = useRef(false);
  /** The pose the mode puts the camera in, kept apart from the pose a flight draws. */
  const truePos = useRef(new Vector3());
  const trueQuat = useRef(new Quaternion());
  /** The field of view the canvas was made with, restored when the ground camera's lens is left. */
  const normalFov = useRef((camera as PerspectiveCamera).fov);
  const setFov = (fov: number) => {
    const lens = camera as PerspectiveCamera;
    if (!lens.isPerspectiveCamera || lens.fov === fov) return;
    lens.fov = fov;
    lens.updateProjectionMatrix();
  };
  const keepTruePose = useCallback(() => {
    truePos.current.copy(camera.position);
    trueQuat.current.copy(camera.quaternion);
  }, [camera]);
  /** A place asked for (viewAim.ts) while another camera was on: the Earth view opens on it. */
  const pendingAim = useRef<ViewAim | null>(null);

  // Turn the Earth view to a place when asked (the lab's landing zone): a flight, or a cut with
  // reduced motion. OrbitControls stay on, so the class can grab the globe again at once.
  useEffect(
    () =>
      viewAim.subscribe((v, prev) => {
        const c = controls.current;
        if (v.seq === prev.seq || !v.aim || !c) return;
        if (clock.getState().camera !== 'earth') {
          // The mode change below places the camera and flies to it; it takes this aim instead.
          pendingAim.current = v.aim;
          clock.getState().setCamera('earth');
          return;
        }
        if (!prefersReducedMotion()) flight.current.begin(camera);
        else flight.current.cancel();
        placeOverAim(camera, v.aim, sceneOfClock(clock.getState()).gmst);
        c.target.set(0, 0, 0);
        c.update();
        truePos.current.copy(camera.position);
        trueQuat.current.copy(camera.quaternion);
        invalidate();
      }),
    [camera, clock, invalidate],
  );

  // A presenter's other window turned the view: it is this view's pose now, as if dragged here.
  const takePeerPose = useCallback(() => {
    flight.current.cancel();
    frameStats.cameraFlying = false;
    keepTruePose();
    invalidate();
  }, [keepTruePose, invalidate]);
  useSharedPose(controls, camera, clock, takePeerPose);

  // Grabbing the view ends a flight at once: the person's hand wins.
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const stop = () => {
      flight.current.cancel();
      frameStats.cameraFlying = false;
    };
    c.addEventListener('start', stop);
    return () => c.removeEventListener('start', stop);
  }, []);

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
    // Fly from the old view to the new one, except on the first placement (there is no old
    // view) and where the person asked for less motion (then it is a cut).
    if (placedOnce.current && !prefersReducedMotion()) flight.current.begin(camera);
    else flight.current.cancel();
    placedOnce.current = true;
    c.enabled = !isFixedCamera(cameraName);
    if (isFixedCamera(cameraName)) {
      c.minDistance = 0;
      c.maxDistance = Infinity;
      hadTarget.current = false;
    } else if (target && cameraName !== 'earth') {
      const spec = FOLLOW[cameraName as 'iss' | 'soyuz'];
      const scale = cameraName === 'soyuz' ? chaseFraming(s).distanceKm / spec.backKm : 1;
      chaseKm.current = chaseFraming(s).distanceKm;
      setSceneVector(targetNow, target.r);
      setSceneVector(up, target.r).normalize();
      setSceneVector(ahead, target.lookAlong ?? target.v);
      ahead.addScaledVector(up, -ahead.dot(up));
      // On the ground the craft hardly moves; look from the south then.
      if (ahead.lengthSq() < 1e-12) ahead.set(0, 1, 0).addScaledVector(up, -up.y);
      ahead.normalize();
      camera.position
        .copy(targetNow)
        .addScaledVector(ahead, -spec.backKm * scale)
        .addScaledVector(up, spec.upKm * scale);
      camera.up.copy(up);
      c.target.copy(targetNow);
      c.minDistance = spec.minKm;
      c.maxDistance = spec.maxKm;
      targetPrev.copy(targetNow);
      hadTarget.current = true;
    } else {
      const dir = earthViewDirection(s);
      camera.position.copy(dir.normalize()).multiplyScalar(EARTH_VIEW_KM);
      if (pendingAim.current) placeOverAim(camera, pendingAim.current, s.gmst);
      pendingAim.current = null;
      c.target.set(0, 0, 0);
      c.minDistance = WGS84_A_KM + 150;
      c.maxDistance = 60 * WGS84_A_KM;
      camera.up.set(0, 1, 0);
      hadTarget.current = false;
    }
    c.update();
    truePos.current.copy(camera.position);
    trueQuat.current.copy(camera.quaternion);
    invalidate();
  }, [cameraName, missionId, camera, clock, invalidate]);

  // Follow: carry the camera with the station and turn it with the local vertical, so the view
  // holds still relative to the horizon (the LVLH frame) as the station goes round.
  useSceneFrame((s, root) => {
    const flying = flight.current.flying;
    if (flying) {
      camera.position.copy(truePos.current);
      camera.quaternion.copy(trueQuat.current);
    }
    placeTrueCamera(s);
    if (flying) keepTruePose();
    // A flight in progress draws over the true pose and asks for the next frame itself.
    const c = controls.current;
    if (c && flight.current.flying) {
      pivot.copy(c.target);
      if (flight.current.apply(camera, pivot, performance.now())) root.invalidate();
    }
    frameStats.cameraFlying = flight.current.flying;
    // Scene axes are (x, z, −y) of inertial ones; height does not depend on Earth's turn.
    const p = camera.position;
    cameraEci[0] = p.x;
    cameraEci[1] = -p.z;
    cameraEci[2] = p.y;
    frameStats.cameraAltKm = ecefToGeodetic(cameraEci, cameraGeo).altKm;
    // The ground straight below the camera: the middle of the Earth view.
    ecefToGeodetic(eciToEcef(cameraEci, s.gmst, cameraEcef), cameraGeo);
    const centre = (frameStats.viewCentre ??= { lat: 0, lon: 0 });
    centre.lat = cameraGeo.lat / DEG;
    centre.lon = cameraGeo.lon / DEG;
  }, -1);

  /** Where the current mode puts the camera this frame, before any flight is drawn over it. */
  function placeTrueCamera(s: ReturnType<typeof sceneOfClock>): void {
    const c = controls.current;
    if (c && isFixedCamera(cameraName)) {
      const { mission, replay } = currentReplay(clock.getState().missionId);
      const touchdown = replay?.descent?.touchdown ?? null;
      const pose = fixedPose(s, cameraName, groundObserver(mission, touchdown));
      const fov = cameraName === 'ground' && pose ? groundLensFovDeg(s, pose) : null;
      setFov(fov ?? normalFov.current);
      if (!pose) return;
      camera.position.copy(pose.position);
      camera.up.copy(pose.up);
      c.target.copy(pose.target);
      camera.lookAt(pose.target);
      return;
    }
    setFov(normalFov.current);
    const target = followed(s, cameraName);
    if (!c || cameraName === 'earth' || !target) return;
    setSceneVector(targetNow, target.r);
    up.copy(targetNow).normalize();
    if (hadTarget.current) {
      offset.copy(camera.position).sub(targetPrev);
      turn.setFromUnitVectors(prevUp.copy(targetPrev).normalize(), up);
      offset.applyQuaternion(turn);
      // The chase view backs off as the canopies open, keeping any zoom the person made.
      if (cameraName === 'soyuz') {
        const km = chaseFraming(s).distanceKm;
        if (chaseKm.current > 0) offset.multiplyScalar(km / chaseKm.current);
        chaseKm.current = km;
      }
      camera.position.copy(targetNow).add(offset);
    } else camera.position.copy(targetNow).addScaledVector(up, 0.5);
    camera.up.copy(up);
    c.target.copy(targetNow);
    targetPrev.copy(targetNow);
    hadTarget.current = true;
    c.update();
  }

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
