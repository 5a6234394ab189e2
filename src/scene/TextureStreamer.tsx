import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { streamFullTextures } from './fullTextures';

/** Once the page is ready, swaps the preview textures for the full ones, one per frame. */
export function TextureStreamer({ ready }: { ready: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
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
    void streamFullTextures(drawn);
  }, [ready, invalidate]);
  return null;
}
