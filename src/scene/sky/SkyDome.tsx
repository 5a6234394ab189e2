import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Mesh } from 'three';
import { WGS84_A_KM } from '../../physics/constants';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { createPhysicalSkyMaterial } from './physicalSky';

/** The dome shows fully below this height and fades out by FADE_TOP_KM. */
const FADE_BOTTOM_KM = 25;
const FADE_TOP_KM = 70;
/** Pressure scale height of the lower atmosphere, km (US Standard Atmosphere 1976, ~7-8 km). */
const SCALE_HEIGHT_KM = 7.5;

/**
 * How much of the sky dome a camera at this height sees: 1 low in the atmosphere, 0 above it.
 * The limb glow seen from outside (Atmosphere) takes the complement, so the two never add up
 * to a white band seen from inside the shell.
 */
export function skyDomeOpacity(cameraAltKm: number): number {
  return (
    1 - Math.min(1, Math.max(0, (cameraAltKm - FADE_BOTTOM_KM) / (FADE_TOP_KM - FADE_BOTTOM_KM)))
  );
}

const up = new Vector3();

/**
 * A sky for cameras low in the atmosphere (the chase under the canopies, ride-along, the ground):
 * three's physically based sky with the Sun where it is (physicalSky.ts), on a unit sphere kept
 * centred on the camera.
 */
export function SkyDome() {
  const mesh = useRef<Mesh>(null);
  const material = useMemo(createPhysicalSkyMaterial, []);
  useEffect(() => () => material.dispose(), [material]);

  useSceneFrame((s, root) => {
    const m = mesh.current!;
    const cam = root.camera.position;
    const altKm = cam.length() - WGS84_A_KM;
    const opacity = skyDomeOpacity(altKm);
    m.visible = opacity > 0;
    if (!m.visible) return;
    m.position.copy(cam);
    material.uniforms.opacity!.value = opacity;
    // Share of the atmosphere's mass above the camera: pressure falls by e every ~7.5 km.
    material.uniforms.airColumn!.value = Math.exp(-Math.max(0, altKm) / SCALE_HEIGHT_KM);
    setSceneVector(material.uniforms.sunPosition!.value, s.sunEci);
    material.uniforms.up!.value.copy(up.copy(cam).normalize());
  });

  return (
    <mesh ref={mesh} material={material} renderOrder={-10} frustumCulled={false}>
      <sphereGeometry args={[1, 32, 16]} />
    </mesh>
  );
}
