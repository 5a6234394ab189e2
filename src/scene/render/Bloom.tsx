import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Bloom as BloomComposer } from './bloomComposer';
import { frameStats } from './frameStats';
import { wantsBloom } from './rendererKind';

/**
 * Glow through bloom where a real GPU draws (render/rendererKind.ts), once the first picture is
 * up; elsewhere the glowing parts keep their cheaper look (additive halos) and this draws nothing.
 */
export function Bloom({ ready }: { ready: boolean }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const [composer, setComposer] = useState<BloomComposer | null>(null);

  useEffect(() => {
    if (!ready || !wantsBloom(gl)) return;
    let made: BloomComposer | null = null;
    let gone = false;
    void import('./bloomComposer').then(({ createBloom }) => {
      if (gone) return;
      made = createBloom(gl, scene, camera);
      setComposer(made);
    });
    return () => {
      gone = true;
      made?.dispose();
      setComposer(null);
    };
  }, [ready, gl, scene, camera]);

  useEffect(() => {
    frameStats.bloom = composer !== null;
  }, [composer]);
  return composer ? <BloomPass composer={composer} /> : null;
}

/** Takes over drawing (a frame callback with a positive priority replaces fiber's own render). */
function BloomPass({ composer }: { composer: BloomComposer }) {
  const size = useThree((s) => s.size);
  const dpr = useThree((s) => s.viewport.dpr);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    composer.setSize(size.width, size.height, dpr);
    invalidate();
  }, [composer, size, dpr, invalidate]);
  useFrame(() => composer.render(), 1);
  return null;
}
