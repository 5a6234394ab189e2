import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Quaternion, Vector3, type HemisphereLight } from 'three';
import { isSoftwareRenderer } from '../render/rendererKind';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { buildSpaceEnvironment, EARTH_LIGHT } from './spaceEnvironment';

const up = new Vector3();
const sun = new Vector3();
const Y = new Vector3(0, 1, 0);
const turn = new Quaternion();
/** Earthshine on the night side: starlight and city lights only (assumption: a twentieth). */
const NIGHT = 0.05;

/** How bright Earth below the camera is: lit where the Sun is above its horizon, fading through dusk. */
function daylight(sunEci: readonly [number, number, number]): number {
  const day = setSceneVector(sun, sunEci).normalize().dot(up);
  return NIGHT + (1 - NIGHT) * Math.min(1, Math.max(0, day * 2 + 0.3));
}

/**
 * The light from Earth below and the black sky above, besides the Sun's. On a GPU: the generated
 * environment (spaceEnvironment.ts) lights the physically based models, once the first picture is
 * up, turned each frame so Earth is below the camera. On a software renderer, linking PMREM's
 * programs costs some five seconds a page, so a hemisphere light of the same colours stands in
 * (diffuse only: no reflections of the limb in the metal).
 */
export function SpaceEnvironment({ ready }: { ready: boolean }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const software = useMemo(() => isSoftwareRenderer(gl), [gl]);
  const hemisphere = useRef<HemisphereLight>(null);

  useEffect(() => {
    if (!ready || software) return;
    const target = buildSpaceEnvironment(gl);
    scene.environment = target.texture;
    invalidate();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [ready, software, gl, scene, invalidate]);

  useSceneFrame((s, root) => {
    up.copy(root.camera.position).normalize();
    const light = daylight(s.sunEci);
    if (hemisphere.current) {
      // A hemisphere light's "sky" comes from its position's direction: up, black; Earth below.
      hemisphere.current.position.copy(up);
      hemisphere.current.intensity = light;
      return;
    }
    turn.setFromUnitVectors(Y, up);
    scene.environmentRotation.setFromQuaternion(turn);
    scene.environmentIntensity = light;
  });
  return software ? <hemisphereLight ref={hemisphere} args={[0x000000, EARTH_LIGHT, 1]} /> : null;
}
