import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { backToPreviews, streamFullTextures } from './fullTextures';
import { wantsHalfTextures } from '../render/rendererKind';

/**
 * Once the page is ready, swaps the preview textures for the full ones (the 2K set on a software
 * renderer), one per frame. After a
 * lost WebGL context the scene comes back on the previews first, and the full ones follow again.
 */
export function TextureStreamer({ ready }: { ready: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const canvas = gl.domElement;
  useEffect(() => {
    if (!ready) return;
    const drawn = () =>
      new Promise<void>((resolve) => {
        const unsubscribe = addAfterEffect(() => {
          queueMicrotask(() => unsubscribe());
          resolve();
        });
        invalidate();
      });
    const half = wantsHalfTextures(gl);
    void streamFullTextures(drawn, half);
    // The restored scene's first frame draws the previews; the full textures start after it.
    const restored = () => void drawn().then(() => streamFullTextures(drawn, half));
    canvas.addEventListener('webglcontextlost', backToPreviews);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', backToPreviews);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [ready, invalidate, canvas, gl]);
  return null;
}
