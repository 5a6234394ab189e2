import { useThree, type RootState } from '@react-three/fiber';
import { useCallback, useEffect } from 'react';
import { ClockContext } from '../clock/ClockContext';
import type { ClockStore } from '../clock/clockStore';
import { t, type Key } from '../i18n';
import type { NoticeText } from '../common/notices';
import { SceneCanvas } from '../scene/SceneCanvas';
import './exportStage.css';

export interface StageEvents {
  /** fiber's root, once the scene (inside its Suspense boundary) has mounted. */
  onRoot(get: () => RootState): void;
  onReady(): void;
  /** The scene cannot be drawn (no WebGL, a lost context): why, to end the export with it. */
  onProblem(message: string): void;
}

interface Props extends StageEvents {
  clock: ClockStore;
  width: number;
  height: number;
}

/** Hands fiber's root to the export loop, which draws each frame itself (frameloop "never"). */
function RootHandle({ onRoot }: Pick<StageEvents, 'onRoot'>) {
  const get = useThree((s) => s.get);
  useEffect(() => onRoot(get), [get, onRoot]);
  return null;
}

/**
 * The export frame's whole page: the 3D scene at exactly the video's size in CSS pixels, with no
 * HUD (the overlay is drawn into the video instead). SceneCanvas reads the export role and fixes
 * its pixel ratio at 1 and its frame loop at "never".
 */
export function ExportStage({ clock, width, height, onRoot, onReady, onProblem }: Props) {
  // Stable, as SceneCanvas makes its renderer once per callback.
  const noWebgl = useCallback((reason: Key) => onProblem(t(reason)), [onProblem]);
  const lost = useCallback(
    (m: NoticeText) => onProblem(typeof m === 'function' ? m() : m),
    [onProblem],
  );
  return (
    <ClockContext.Provider value={clock}>
      <div className="export-stage" style={{ width, height }}>
        <SceneCanvas onReady={onReady} onContextError={lost} onWebglUnavailable={noWebgl}>
          <RootHandle onRoot={onRoot} />
        </SceneCanvas>
      </div>
    </ClockContext.Provider>
  );
}
