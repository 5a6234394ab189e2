import { useTexture } from '@react-three/drei';
import { createContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { NoColorSpace, SRGBColorSpace, type Group, type Mesh, type ShaderMaterial } from 'three';
import { WGS84_A_KM, WGS84_B_KM } from '../physics/constants';
import { createEarthMaterial } from './earthMaterial';
import { setSceneVector } from './sceneVectors';
import { TEXTURE_URLS } from './textures';
import { useSceneFrame } from './useSceneFrame';
import { isFarView } from './levelOfDetail';

/** The day/night surface material, for ground patches that must match the globe exactly. */
export const EarthMaterialContext = createContext<ShaderMaterial | null>(null);

/**
 * The solid Earth, turned by sidereal time. Children are in Earth-fixed coordinates (km), so
 * borders, labels and the ground track stay on the ground they belong to.
 */
export function Earth({ children }: { children?: ReactNode }) {
  const group = useRef<Group>(null);
  const fine = useRef<Mesh>(null);
  const coarse = useRef<Mesh>(null);
  const { day, lights, water } = useTexture({
    day: TEXTURE_URLS.day,
    lights: TEXTURE_URLS.lights,
    water: TEXTURE_URLS.water,
  });
  const material = useMemo(() => {
    day.colorSpace = SRGBColorSpace;
    lights.colorSpace = SRGBColorSpace;
    water.colorSpace = NoColorSpace;
    day.anisotropy = 8;
    return createEarthMaterial(day, lights, water);
  }, [day, lights, water]);
  useEffect(() => () => material.dispose(), [material]);

  useSceneFrame((s, root) => {
    group.current!.rotation.y = s.gmst;
    setSceneVector(material.uniforms.sunDirection!.value, s.sunEci);
    const far = isFarView(root.camera);
    coarse.current!.visible = far;
    fine.current!.visible = !far;
  });

  return (
    <group ref={group} name="earth-fixed">
      {/* WGS-84: the polar radius is 21 km shorter, which is visible next to a 400 km orbit. */}
      <mesh ref={fine} material={material} scale={[WGS84_A_KM, WGS84_B_KM, WGS84_A_KM]}>
        <sphereGeometry args={[1, 192, 96]} />
      </mesh>
      {/* From far away a quarter of the triangles: its edges bend by 3 km, under a pixel there. */}
      <mesh ref={coarse} material={material} scale={[WGS84_A_KM, WGS84_B_KM, WGS84_A_KM]}>
        <sphereGeometry args={[1, 96, 48]} />
      </mesh>
      <EarthMaterialContext.Provider value={material}>{children}</EarthMaterialContext.Provider>
    </group>
  );
}
