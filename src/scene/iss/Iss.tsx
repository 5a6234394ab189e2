import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, Matrix4, Vector3, type PerspectiveCamera } from 'three';
import { t, useLang } from '../../i18n';
import { WGS84_B_KM } from '../../physics/constants';
import { buildIssModel } from './issModel';
import { stationScaleKmPerM } from './stationScale';
import { DepartingSoyuz } from '../soyuz/DepartingSoyuz';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { LABEL_PRIORITY } from '../labels/labelLayout';

const forward = new Vector3();
const up = new Vector3();
const right = new Vector3();
const sun = new Vector3();
const basis = new Matrix4();

const ray = new Vector3();

/** Whether Earth (its polar radius, conservatively) stands between the camera and a point. */
function hiddenByEarth(from: Vector3, to: Vector3): boolean {
  ray.subVectors(to, from);
  const len = ray.length();
  ray.divideScalar(len);
  const along = -from.dot(ray);
  if (along <= 0 || along >= len) return false;
  const closest = from.lengthSq() - along * along;
  return closest < WGS84_B_KM * WGS84_B_KM;
}

/**
 * The ISS at its SGP4 position, in its flight attitude, with arrays turned toward the Sun, and
 * the returning Soyuz at its port until it has left.
 */
export function Iss() {
  const model = useMemo(buildIssModel, []);
  useEffect(() => () => model.dispose(), [model]);
  const group = useRef<Group>(null);
  const label = useRef<HTMLDivElement>(null);
  useLang();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);

  useSceneFrame((s, root) => {
    const g = group.current!;
    g.visible = s.iss !== null;
    // Html mounts its DOM a moment after the first frame; draw once more when it has.
    if (!label.current) root.invalidate();
    if (!s.iss) {
      if (label.current) label.current.style.display = 'none';
      return;
    }
    setSceneVector(g.position, s.iss.eci.r);
    if (label.current) {
      label.current.style.display = hiddenByEarth(camera.position, g.position) ? 'none' : '';
    }
    // Local-vertical, local-horizontal attitude: X along the velocity, Y up, Z along the truss.
    setSceneVector(up, s.iss.eci.r).normalize();
    setSceneVector(forward, s.iss.eci.v);
    forward.addScaledVector(up, -forward.dot(up)).normalize();
    right.crossVectors(forward, up);
    basis.makeBasis(forward, up, right);
    g.quaternion.setFromRotationMatrix(basis);

    // Alpha joints: turn each array about the truss so its face is as square to the Sun as it gets.
    setSceneVector(sun, s.sunEci).applyMatrix4(basis.transpose());
    const alpha = Math.atan2(sun.y, sun.x);
    model.arrays.rotation.z = alpha;

    const distanceKm = camera.position.distanceTo(g.position);
    g.scale.setScalar(stationScaleKmPerM(distanceKm, camera.fov, size.height));
  });

  return (
    <group ref={group} name="iss-anchor">
      <primitive object={model.root} />
      {/* In the station's frame and scale, so it stays on its port however the station is drawn. */}
      <DepartingSoyuz />
      <Html center zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
        <div
          ref={label}
          className="scene-label scene-label--iss"
          style={{ display: 'none' }}
          data-scene-label
          data-label-priority={LABEL_PRIORITY.followed}
        >
          {t('scene.iss')}
        </div>
      </Html>
    </group>
  );
}
