import { useEffect } from 'react';
import type { DescentResult } from '../physics/descent';
import { requestView } from '../scene/camera/viewAim';
import { lab, useLab } from './labStore';
import { frameGroundPoints } from './landingView';

/** The scene camera's vertical field of view, degrees (src/scene/SceneCanvas.tsx). */
const SCENE_FOV_DEG = 40;

/**
 * When a what-if result comes (and again when it is revealed), turn the Earth view to the landing
 * zone: the replay's touchdown, the what-if's where it may be seen, and the teams' pins, all in
 * view. At the burn the view is over the other side of the world, and a class should not have to
 * hunt for Kazakhstan. Pins dropped later do not move it: the view stays where the hand put it.
 */
export function useLandingView(real: DescentResult | null): void {
  const open = useLab((s) => s.open);
  const result = useLab((s) => s.result);
  const predicting = useLab((s) => s.predicting);
  const revealed = useLab((s) => s.revealed);
  useEffect(() => {
    if (!open || !real || !result) return;
    // Predicting, the what-if's touchdown stays out of the framing too: it would give it away.
    const shown = !predicting || revealed;
    const points = [real.touchdown, ...(shown ? [result.touchdown] : []), ...lab.getState().pins];
    const aim = frameGroundPoints(points, {
      verticalFovDeg: SCENE_FOV_DEG,
      aspect: window.innerWidth / Math.max(1, window.innerHeight),
    });
    if (aim) requestView(aim);
  }, [open, real, result, predicting, revealed]);
}
