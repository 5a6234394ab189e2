import { useTexture } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { EquirectangularReflectionMapping, SRGBColorSpace } from 'three';
import { TEXTURE_URLS } from './textures';

/** The star field as the scene background: infinitely far, fixed to the inertial axes. */
export function Stars() {
  const texture = useTexture(TEXTURE_URLS.stars);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    texture.mapping = EquirectangularReflectionMapping;
    texture.colorSpace = SRGBColorSpace;
    scene.background = texture;
    scene.backgroundIntensity = 0.3;
    return () => {
      scene.background = null;
    };
  }, [scene, texture]);
  return null;
}
