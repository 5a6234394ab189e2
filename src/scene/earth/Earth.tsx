import { useTexture } from '@react-three/drei';
import { createContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  NoColorSpace,
  RepeatWrapping,
  SRGBColorSpace,
  Matrix4,
  type Group,
  type Mesh,
  type ShaderMaterial,
  type Texture,
} from 'three';
import { WGS84_A_KM, WGS84_B_KM } from '../../physics/constants';
import { createEarthMaterial, createHorizonCapMaterial } from './earthMaterial';
import {
  capUniforms,
  horizonCapGeometry,
  horizonCapVertexShader,
  capNearPole,
  placeHorizonCap,
} from './horizonCap';
import { setSceneVector } from '../sceneVectors';
import { PREVIEW_URLS, withoutMipmaps } from './textures';
import { fullTextures } from './fullTextures';
import { useSceneFrame } from '../useSceneFrame';
import { isFarView } from './levelOfDetail';

const worldToEarth = new Matrix4();

/** The day/night surface material, for ground patches that must match the globe exactly. */
export const EarthMaterialContext = createContext<ShaderMaterial | null>(null);

/** Colour spaces as the shader expects them; sharp filtering where the surface is seen edge-on. */
function prepare(day: Texture, lights: Texture, water: Texture): void {
  day.colorSpace = SRGBColorSpace;
  lights.colorSpace = SRGBColorSpace;
  water.colorSpace = NoColorSpace;
  day.anisotropy = 8;
  // The horizon cap's u runs past 0 and 1 across the 180th meridian (horizonCap.ts).
  for (const t of [day, lights, water]) t.wrapS = RepeatWrapping;
}

/**
 * The solid Earth, turned by sidereal time. Children are in Earth-fixed coordinates (km), so
 * borders, labels and the ground track stay on the ground they belong to.
 */
export function Earth({ children }: { children?: ReactNode }) {
  const group = useRef<Group>(null);
  const fine = useRef<Mesh>(null);
  const coarse = useRef<Mesh>(null);
  // The previews first; the full textures replace them as they arrive (fullTextures.ts).
  const preview = useTexture({
    day: PREVIEW_URLS.day,
    lights: PREVIEW_URLS.lights,
    water: PREVIEW_URLS.water,
  });
  const material = useMemo(() => {
    const { day, lights, water } = preview;
    prepare(day, lights, water);
    // A software renderer compiles each mipmapped read into its own trilinear sampling code: the
    // globe's program cost ~280 ms of the first frame with mipmaps, ~100 ms without (compiled
    // afresh in the page). Seen whole, the globe shows 180 degrees of longitude on about 540 px at
    // 1280x720 and a preview has 512 texels for them: magnified, or close to 1:1 but near the
    // limb, under the haze. The full textures, a few seconds after ready, keep their mipmaps.
    withoutMipmaps(day, lights, water);
    return createEarthMaterial(day, lights, water);
  }, [preview]);
  useEffect(() => () => material.dispose(), [material]);
  const cap = useRef<Mesh>(null);
  const capGeometry = useMemo(horizonCapGeometry, []);
  const capPlacement = useMemo(capUniforms, []);
  const capMaterials = useMemo(() => {
    const make = (uv: 'perVertex' | 'perPixel') => {
      const m = createHorizonCapMaterial(material, horizonCapVertexShader, uv);
      Object.assign(m.uniforms, capPlacement);
      return m;
    };
    return { perVertex: make('perVertex'), perPixel: make('perPixel') };
  }, [material, capPlacement]);
  useEffect(() => () => capGeometry.dispose(), [capGeometry]);
  useEffect(
    () => () => {
      capMaterials.perVertex.dispose();
      capMaterials.perPixel.dispose();
    },
    [capMaterials],
  );
  useEffect(() => {
    // Outside React: the uniform must hold the full texture before the frame the streamer asks
    // for, which is the frame that uploads it.
    // After a lost context the previews come back (fullTextures.ts backToPreviews).
    const apply = ({ loaded }: ReturnType<typeof fullTextures.getState>) => {
      const u = material.uniforms;
      const { day = preview.day, lights = preview.lights, water = preview.water } = loaded;
      prepare(day, lights, water);
      for (const [uniform, texture] of [
        [u.dayMap!, day],
        [u.lightsMap!, lights],
        [u.waterMap!, water],
      ] as const) {
        if (uniform.value === texture) continue;
        // The outgoing GPU copy is no longer drawn (three uploads it again if it comes back).
        (uniform.value as Texture).dispose();
        uniform.value = texture;
      }
    };
    apply(fullTextures.getState());
    return fullTextures.subscribe(apply);
  }, [material, preview]);

  useSceneFrame((s, root) => {
    group.current!.rotation.y = s.gmst;
    setSceneVector(material.uniforms.sunDirection!.value, s.sunEci);
    const far = isFarView(root.camera);
    coarse.current!.visible = far;
    // Low down, the cap laid around the camera draws the whole visible globe, its limb smooth.
    group.current!.updateMatrixWorld();
    worldToEarth.copy(group.current!.matrixWorld).invert();
    const low = !far && placeHorizonCap(capPlacement, root.camera.position, worldToEarth);
    cap.current!.visible = low;
    if (low)
      cap.current!.material = capNearPole(capPlacement)
        ? capMaterials.perPixel
        : capMaterials.perVertex;
    fine.current!.visible = !far && !low;
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
      {/* Placed in the vertex shader: its bounds are not those of its vertex attributes. */}
      <mesh
        ref={cap}
        geometry={capGeometry}
        material={capMaterials.perVertex}
        scale={[WGS84_A_KM, WGS84_B_KM, WGS84_A_KM]}
        frustumCulled={false}
        visible={false}
      />
      <EarthMaterialContext.Provider value={material}>{children}</EarthMaterialContext.Provider>
    </group>
  );
}
