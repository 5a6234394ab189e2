import { useEffect, useMemo } from 'react';
import { WGS84_A_KM, WGS84_B_KM } from '../../physics/constants';
import { createAtmosphereMaterial } from './atmosphereMaterial';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';
import { skyDomeOpacity } from '../sky/SkyDome';

/** Shell thickness: most of the visible glow lies below about 100 km. */
const SHELL_KM = 110;

export function Atmosphere() {
  const material = useMemo(createAtmosphereMaterial, []);
  useEffect(() => () => material.dispose(), [material]);
  useSceneFrame((s, root) => {
    setSceneVector(material.uniforms.sunDirection!.value, s.sunEci);
    const altKm = root.camera.position.length() - WGS84_A_KM;
    material.uniforms.strength!.value = 1 - skyDomeOpacity(altKm);
  });
  return (
    <mesh
      material={material}
      scale={[WGS84_A_KM + SHELL_KM, WGS84_B_KM + SHELL_KM, WGS84_A_KM + SHELL_KM]}
      renderOrder={1}
    >
      <sphereGeometry args={[1, 96, 48]} />
    </mesh>
  );
}
