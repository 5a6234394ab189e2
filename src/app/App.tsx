import { useCallback, useEffect, useState } from 'react';
import { t, useLang, type Key } from '../i18n';
import { ClockContext } from '../timeline/ClockContext';
import type { ClockStore } from '../timeline/clockStore';
import { SceneCanvas } from '../scene/SceneCanvas';
import { CameraPicker } from '../ui/CameraPicker';
import { LanguagePicker } from '../ui/LanguagePicker';
import { Help } from '../ui/Help';
import { Telemetry } from '../ui/Telemetry';
import { WhatIfButton, WhatIfPanel } from '../ui/WhatIfPanel';
import { ChartsPanel } from '../ui/ChartsPanel';
import { handleShortcut } from '../ui/keymap';
import { LoadingOverlay } from '../ui/LoadingOverlay';
import { MissionHeader } from '../ui/MissionHeader';
import { MissionFileDrop } from '../ui/MissionFileDrop';
import { Notices } from '../ui/Notices';
import { notices, type NoticeText } from '../ui/notices';
import { SceneErrorBoundary } from '../ui/SceneErrorBoundary';
import { TimelineBar } from '../ui/TimelineBar';
import { Captions } from '../ui/Captions';
import { PresentationChrome } from '../ui/PresentationChrome';
import { presentation, usePresentation } from '../ui/presentation';
import { useIdleHide } from '../ui/useIdleHide';
import { useReducedMotionRoot } from '../ui/reducedMotion';

interface Props {
  clock: ClockStore;
  webglProblem: Key | null;
}

/** Composition only: the scene, the overlay, and the keyboard. */
export function App({ clock, webglProblem }: Props) {
  const [ready, setReady] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useLang();
  const onReady = useCallback(() => {
    document.documentElement.dataset.ready = 'true';
    setReady(true);
    clock.getState().setCanAnimate(true);
  }, [clock]);
  // Without WebGL there is nothing to wait for: the timeline and figures run at once.
  useEffect(() => {
    if (webglProblem) onReady();
  }, [webglProblem, onReady]);
  const presenting = usePresentation((s) => s.presenting);
  const controlsHidden = useIdleHide(presenting);
  useReducedMotionRoot();
  // Type sizes are in rem, so presentation mode scales the root.
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
  }, [presenting]);
  const report = useCallback(
    (message: NoticeText) => notices.getState().push(message, 'error'),
    [],
  );

  useEffect(() => {
    const toggleHelp = (open?: boolean) => setHelpOpen((o) => open ?? !o);
    const onKey = (e: KeyboardEvent) => {
      if (handleShortcut(e, clock, toggleHelp)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clock]);

  return (
    <ClockContext.Provider value={clock}>
      <main
        className={`app${presenting ? ' presenting' : ''}${controlsHidden ? ' controls-hidden' : ''}`}
      >
        <div className="scene">
          {webglProblem ? (
            <div className="scene-fallback" role="alert">
              {t(webglProblem)}
            </div>
          ) : (
            <SceneErrorBoundary onError={report}>
              <SceneCanvas onReady={onReady} onContextError={report} />
            </SceneErrorBoundary>
          )}
        </div>
        {!webglProblem && <LoadingOverlay ready={ready} />}
        <div className="overlay-top">
          <MissionHeader />
          <div className="overlay-top__right">
            <LanguagePicker />
            <CameraPicker />
            <WhatIfButton />
            <button
              type="button"
              className="present-button"
              aria-pressed={presenting}
              onClick={() => presentation.getState().setPresenting(!presenting)}
              title={t('app.presentTitle')}
            >
              {presenting ? t('app.exitPresentation') : t('app.present')}
            </button>
            <button
              type="button"
              className="help-button"
              onClick={() => setHelpOpen(true)}
              aria-label={t('app.help')}
              title={t('app.help')}
            >
              ?
            </button>
          </div>
        </div>
        <Telemetry />
        <WhatIfPanel />
        <ChartsPanel />
        <Notices />
        <Captions />
        <TimelineBar />
        {helpOpen && <Help onClose={() => setHelpOpen(false)} />}
        <MissionFileDrop />
        <PresentationChrome />
      </main>
    </ClockContext.Provider>
  );
}
