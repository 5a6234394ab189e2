import { useTexture } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { SRGBColorSpace, type Texture } from 'three';
import { fullTextures } from '../earth/fullTextures';
import { PREVIEW_URLS, withoutMipmaps } from '../earth/textures';
import { createStarSphere } from './starSphere';

function prepare(texture: Texture): Texture {
  texture.colorSpace = SRGBColorSpace;
  // The sky is always magnified (4096 px for 360° is 11 px a degree; a 1080p view at 40° shows
  // 27), so mipmaps are never read: making them costs seconds on a software renderer at load and
  // after a lost context.
  withoutMipmaps(texture);
  return texture;
}

/**
 * The star field: infinitely far, fixed to the inertial axes, drawn first (starSphere.ts). The
 * preview first, the full star map once it has arrived (fullTextures.ts).
 */
export function Stars() {
  const preview = useTexture(PREVIEW_URLS.stars);
  // Made with its map, so the first frame compiles the program that draws it from then on.
  const stars = useMemo(() => createStarSphere(prepare(preview)), [preview]);
  useEffect(() => () => stars.dispose(), [stars]);
  useEffect(() => {
    const apply = ({ loaded }: ReturnType<typeof fullTextures.getState>) => {
      const next = prepare(loaded.stars ?? preview);
      const material = stars.mesh.material;
      if (material.map === next) return;
      // The outgoing GPU copy is no longer drawn (three uploads it again if it comes back).
      material.map?.dispose();
      // Always a map, before and after: the same program draws both, no recompile.
      material.map = next;
    };
    apply(fullTextures.getState());
    return fullTextures.subscribe(apply);
  }, [stars, preview]);
  return <primitive object={stars.mesh} />;
}
