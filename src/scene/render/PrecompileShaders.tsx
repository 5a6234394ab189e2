import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Object3D } from 'three';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';

/**
 * Compiles the shaders of everything in the scene, hidden parts included (the sky dome, the
 * canopies, the plasma sheath), while the page is idle after it is ready and after each mission
 * change. Otherwise the first frame that shows one of them stalls while the driver links its
 * program: 1.5 s on a software renderer, enough to swallow a camera flight.
 */
export function PrecompileShaders({ ready }: { ready: boolean }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);

  useEffect(() => {
    if (!ready) return;
    const run = () => {
      const hidden: Object3D[] = [];
      scene.traverse((o) => {
        if (!o.visible) {
          hidden.push(o);
          o.visible = true;
        }
      });
      try {
        gl.compile(scene, camera);
      } finally {
        for (const o of hidden) o.visible = false;
      }
      // Without KHR_parallel_shader_compile the driver links lazily, on the first query of the
      // program; three makes that query on first use. Make it now, while nothing is waiting.
      for (const program of gl.info.programs ?? []) program.getUniforms();
    };
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(run, { timeout: 2000 } as IdleRequestOptions);
    return () => cancel(handle);
  }, [ready, missionId, gl, scene, camera]);
  return null;
}
