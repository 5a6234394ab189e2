import { useTexture } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { EquirectangularReflectionMapping, SRGBColorSpace, type Texture } from 'three';
import { fullTextures } from './fullTextures';
import { PREVIEW_URLS } from './textures';

function prepare(texture: Texture): Texture {
  texture.mapping = EquirectangularReflectionMapping;
  texture.colorSpace = SRGBColorSpace;
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
      if (scene.background === preview) preview.dispose();
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
