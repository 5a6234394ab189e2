import { useTexture } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { EquirectangularReflectionMapping, LinearFilter, SRGBColorSpace, Texture } from 'three';
import { fullTextures } from '../earth/fullTextures';
import { PREVIEW_URLS } from '../earth/textures';

function prepare(texture: Texture): Texture {
  texture.mapping = EquirectangularReflectionMapping;
  texture.colorSpace = SRGBColorSpace;
  // The sky is always magnified (4096 px for 360° is 11 px a degree; a 1080p view at 40° shows
  // 27), so mipmaps are never read: making them, and those of the cube three converts the map to,
  // cost seconds on a software renderer at load and after a lost context.
  texture.generateMipmaps = false;
  texture.minFilter = LinearFilter;
  return texture;
}

/**
 * The star field as the scene background: infinitely far, fixed to the inertial axes. The
 * preview first, the full star map once it has arrived (fullTextures.ts).
 */
export function Stars() {
  const preview = useTexture(PREVIEW_URLS.stars);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    scene.backgroundIntensity = 0.3;
    const apply = ({ loaded }: ReturnType<typeof fullTextures.getState>) => {
      const next = prepare(loaded.stars ?? preview);
      if (scene.background === next) return;
      // The outgoing GPU copy is no longer drawn (three uploads it again if it comes back).
      if (scene.background instanceof Texture) scene.background.dispose();
      scene.background = next;
    };
    apply(fullTextures.getState());
    const unsubscribe = fullTextures.subscribe(apply);
    return () => {
      unsubscribe();
      scene.background = null;
    };
  }, [scene, preview]);
  return null;
}
