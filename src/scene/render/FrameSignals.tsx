import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect } from 'react';
import { useClockStore } from '../../clock/ClockContext';
import { frameStats } from './frameStats';
import { whenGpuDone } from './gpuDone';

/**
 * Render on demand: draw a frame when the clock changes (playing, scrubbing) and never otherwise,
 * so a paused projector costs nothing. Controls and resizes invalidate on their own.
 */
export function InvalidateOnClock() {
  const clock = useClockStore();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => clock.subscribe(() => invalidate()), [clock, invalidate]);
  return null;
}

/** Counts drawn frames for window.soyuzReplay.getState(), and hands it the renderer's counters. */
export function FrameCounter() {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    frameStats.frames++;
    frameStats.pixelRatio = gl.getPixelRatio();
  });
  useEffect(() => {
    frameStats.gpuInfo = gl.info;
    return () => {
      frameStats.gpuInfo = null;
    };
  }, [gl]);
  return null;
}

/**
 * Marks the page ready once a frame with every texture has been drawn: issued, and carried out
 * by the GPU, so the picture is there (on a software renderer the second step took up to a
 * second after the first, and the mark came before the picture). It sits inside the same
 * Suspense boundary as the textured scene, so it mounts only after they have loaded.
 *
 * A layout effect: it listens from the commit that mounts the scene, so the frame it waits for
 * is fiber's first frame of that scene, which fiber draws before React runs passive effects.
 * That frame is the whole first picture (the scene's parts add themselves at render or in layout
 * effects), and waiting for a second, identical one cost software WebGL a frame's drawing.
 */
export function ReadySignal({ onReady }: { onReady: () => void }) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  useLayoutEffect(() => {
    let done = false;
    let cancelled = false;
    const unsubscribe = addAfterEffect(() => {
      if (done) return;
      done = true;
      // Let the unsubscribe run outside the loop that is iterating its effects.
      queueMicrotask(() => unsubscribe());
      void whenGpuDone(gl.getContext() as WebGL2RenderingContext).then(() => {
        if (!cancelled) onReady();
      });
    });
    invalidate();
    return () => {
      done = true;
      cancelled = true;
      unsubscribe();
    };
  }, [invalidate, onReady, gl]);
  return null;
}
