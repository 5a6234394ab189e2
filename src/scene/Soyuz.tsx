import { useEffect, useMemo, useRef } from 'react';
import { Group, Matrix4, Vector3, type PerspectiveCamera } from 'three';
import { useThree } from '@react-three/fiber';
import { buildSoyuzModel } from './soyuzModel';
import { setSceneVector } from './sceneVectors';
import { useSceneFrame } from './useSceneFrame';

/** Smallest on-screen size of the spacecraft, pixels; true scale when the camera is close. */
const MIN_SPAN_PX = 28;
const SPAN_M = 10.7;
/** After separation the orbital and service modules are drawn drifting apart for this long. */
const DRIFT_MS = 40_000;
const SEPARATION_MPS = 2;

const forward = new Vector3();
const up = new Vector3();
const right = new Vector3();
const basis = new Matrix4();

/**
 * The Soyuz from the deorbit burn to touchdown, on the modelled trajectory: whole until module
 * separation, then the descent module alone (the other two drift off and burn up), heat shield
 * dropped at its event.
 */
export function Soyuz() {
  const model = useMemo(buildSoyuzModel, []);
  useEffect(() => () => model.dispose(), [model]);
  const group = useRef<Group>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);

  useSceneFrame((s) => {
    const g = group.current!;
    const c = s.capsule;
    g.visible = c !== null;
    if (!c) return;
    setSceneVector(g.position, c.point.r);
    setSceneVector(up, c.point.r).normalize();
    setSceneVector(forward, c.point.v);
    forward.addScaledVector(up, -forward.dot(up)).normalize();
    right.crossVectors(forward, up);
    basis.makeBasis(forward, up, right);
    g.quaternion.setFromRotationMatrix(basis);

    const sep = c.descent.events.find((e) => e.type === 'module_separation');
    const sinceSep = sep ? s.utcMs - sep.ms : -1;
    const drift = sinceSep > 0 ? (SEPARATION_MPS * sinceSep) / 1000 : 0;
    model.orbitalModule.visible = sinceSep < DRIFT_MS;
    model.serviceModule.visible = sinceSep < DRIFT_MS;
    model.orbitalModule.position.x = 2.5 + drift;
    model.serviceModule.position.x = -2.3 - drift;
    const shieldOff = c.descent.events.find((e) => e.type === 'heat_shield_jettison');
    model.heatShield.visible = !shieldOff || s.utcMs < shieldOff.ms;

    const distanceKm = camera.position.distanceTo(g.position);
    const kmPerPx = (2 * distanceKm * Math.tan((camera.fov * Math.PI) / 360)) / size.height;
    g.scale.setScalar(Math.max(0.001, (MIN_SPAN_PX * kmPerPx) / SPAN_M));
  });

  return (
    <group ref={group} name="soyuz-anchor" visible={false}>
      <primitive object={model.root} />
    </group>
  );
}
