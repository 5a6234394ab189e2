import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Quaternion, Vector3 } from 'three';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { buildSpaceEnvironment } from './spaceEnvironment';

const up = new Vector3();
const sun = new Vector3();
const Y = new Vector3(0, 1, 0);
const turn = new Quaternion();
/** Earthshine on the night side: starlight and city lights only (assumption: a twentieth). */
const NIGHT = 0.05;

/**
 * Lights the physically based models with the generated environment (spaceEnvironment.ts), once
 * the first picture is up (building it links PMREM's programs: not before the first frame). Each
 * frame turns it so Earth is below the camera, and dims it on the night side, where Earth below
 * is dark.
 */
export function SpaceEnvironment({ ready }: { ready: boolean }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    if (!ready) return;
    const target = buildSpaceEnvironment(gl);
    scene.environment = target.texture;
    invalidate();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [ready, gl, scene, invalidate]);

  useSceneFrame((s, root) => {
    up.copy(root.camera.position).normalize();
    turn.setFromUnitVectors(Y, up);
    scene.environmentRotation.setFromQuaternion(turn);
    // Earth below is lit where the Sun is above the camera's horizon, and fades through dusk.
    const day = setSceneVector(sun, s.sunEci).normalize().dot(up);
    scene.environmentIntensity = NIGHT + (1 - NIGHT) * Math.min(1, Math.max(0, day * 2 + 0.3));
  });
  return null;
}
