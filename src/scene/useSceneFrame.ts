import { useFrame, type RootState } from '@react-three/fiber';
import { useClockStore } from '../clock/ClockContext';
import { sceneOfClock } from '../replay/currentReplay';
import type { SceneState } from '../replay/sceneState';

/** useFrame with the frame's scene state: everything drawn is a function of the clock's time. */
export function useSceneFrame(
  callback: (state: SceneState, root: RootState, delta: number) => void,
  priority?: number,
): void {
  const clock = useClockStore();
  useFrame((root, delta) => callback(sceneOfClock(clock.getState()), root, delta), priority);
}
