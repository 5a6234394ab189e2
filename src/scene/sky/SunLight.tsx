import { useRef } from 'react';
import type { DirectionalLight } from 'three';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';

/** Sunlight for the spacecraft models; Earth's own shader takes the same direction. */
export function SunLight() {
  const light = useRef<DirectionalLight>(null);
  useSceneFrame((s) => {
    // A directional light shines from its position toward its target at the origin.
    setSceneVector(light.current!.position, s.sunEci, 1e5);
  });
  return (
    <>
      <directionalLight ref={light} intensity={3} />
      <ambientLight intensity={0.25} />
    </>
  );
}
