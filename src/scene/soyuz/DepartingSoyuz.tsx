import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, Matrix4, Vector3, type PerspectiveCamera } from 'three';
import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { DOCKED_SOYUZ_M } from '../iss/issModel';
import { kmPerPixel, stationScaleKmPerM } from '../iss/stationScale';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { departingPose } from './departingSoyuzPose';
import { buildSoyuzModel } from './soyuzModel';
import { buildThrusterPuffs } from './thrusterPuffs';

/** Once it has left, its smallest on-screen size, pixels: readable from a few km away. */
const MIN_SPAN_PX = 40;
const SPAN_M = 10.7;
/** Beyond this camera distance (the Earth view) it keeps the station's proportions, km. */
const FAR_KM = 100;

const stationPos = new Vector3();
const x = new Vector3();
const y = new Vector3();
const z = new Vector3();
const basis = new Matrix4();

/**
 * The returning Soyuz at the station, from the start of the replay to its deorbit burn: docked at
 * the port the sources give, then backing away along the replay's departure, turned as the replay
 * says, with puffs while the separation burns fire. A child of the station's model, in its frame
 * and metres, so the station's enlargement from afar keeps it on its port.
 */
export function DepartingSoyuz() {
  const departure = useCurrentReplay().replay?.extras?.departure ?? null;
  const model = useMemo(buildSoyuzModel, []);
  const puffs = useMemo(buildThrusterPuffs, []);
  useEffect(
    () => () => {
      model.dispose();
      puffs.dispose();
    },
    [model, puffs],
  );
  const group = useRef<Group>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);

  useSceneFrame((s) => {
    const g = group.current!;
    const pose = departingPose(s, departure);
    g.visible = pose !== null;
    if (!pose) return;
    setSceneVector(stationPos, s.iss!.eci.r);
    const distanceKm = camera.position.distanceTo(stationPos);
    const stationScale = stationScaleKmPerM(distanceKm, camera.fov, size.height);
    // The offset from the port is true distance (km), whatever the station's enlargement.
    const k = 0.001 / stationScale;
    const from = pose.fromPortM;
    const port = DOCKED_SOYUZ_M[pose.port];
    g.position.set(
      port.x + (from ? from[1] : 0) * k,
      port.y + (from ? from[0] : 0) * k,
      -(from ? from[2] : 0) * k,
    );

    // The model's nose (+X) along the nose direction; its wings (Z) as near the truss's line as
    // the nose allows (the sources give no roll: the plainest choice).
    x.set(pose.nose[0], pose.nose[1], pose.nose[2]).normalize();
    z.set(0, 0, 1).addScaledVector(x, -x.z);
    if (z.lengthSq() < 1e-6) z.set(0, 1, 0).addScaledVector(x, -x.y);
    z.normalize();
    y.crossVectors(z, x);
    g.quaternion.setFromRotationMatrix(basis.makeBasis(x, y, z));

    // Once away and seen from nearby, never smaller than MIN_SPAN_PX: at a few km the true ship
    // is a pixel. Docked, or from the Earth view, it keeps the station's proportions.
    let scale = 1;
    if (from && distanceKm < FAR_KM) {
      const own = (MIN_SPAN_PX * kmPerPixel(distanceKm, camera.fov, size.height)) / SPAN_M;
      scale = Math.max(1, own / stationScale);
    }
    g.scale.setScalar(scale);
    puffs.root.visible = pose.firing;
    // Points are sized in world units (km), which the group's scale does not reach.
    puffs.setWorldScale(stationScale * scale);
  });

  return (
    <group ref={group} name="departing-soyuz" visible={false}>
      <primitive object={model.root} />
      <primitive object={puffs.root} />
    </group>
  );
}
