import { useCallback, useEffect, useState } from 'react';
import { t, useLang, type Key } from '../i18n';
import { ClockContext } from '../clock/ClockContext';
import type { ClockStore } from '../clock/clockStore';
import { SceneCanvas } from '../scene/SceneCanvas';
import { CameraPicker } from '../ui/controls/CameraPicker';
import { LanguagePicker } from '../ui/controls/LanguagePicker';
import { HelpDialog } from '../ui/controls/helpPart';
import { Telemetry } from '../ui/telemetry/Telemetry';
import { WhatIfButton } from '../lab/WhatIfButton';
import { LabPanel, LabSceneLayer } from '../lab/labParts';
import { useLab } from '../lab/labStore';
import { TrackedSatelliteLayer, TrackPanel } from '../track/trackParts';
import { VideoPanel } from '../export/videoParts';
import { partsAfterReady } from '../common/lazyPart';
import { ChartsPanel } from '../ui/charts/ChartsPanel';
import { handleShortcut } from './keymap';
import { LoadingOverlay } from '../ui/status/LoadingOverlay';
import { MissionHeader, type HeaderTool } from '../ui/mission/MissionHeader';
import { HeaderPanels } from '../ui/mission/HeaderPanels';
import { MenuButton } from '../ui/layout/MenuButton';
import { useLayout, watchNarrow } from '../ui/layout/layoutStore';
import '../ui/layout/layout.css';
import { MissionFileDrop } from '../ui/mission/MissionFileDrop';
import { Notices } from '../ui/notices/Notices';
import { notices, type NoticeText } from '../common/notices';
import { SceneErrorBoundary } from '../ui/status/SceneErrorBoundary';
import { TimelineBar } from '../ui/timeline/TimelineBar';
import { Captions } from '../ui/captions/Captions';
import { NotesButton } from '../ui/notes/NotesButton';
import { NotesPanel } from '../ui/notes/NotesPanel';
import { Welcome } from '../ui/welcome/Welcome';
import { PresentationChrome } from '../ui/presentation/PresentationChrome';
import { presentation, usePresentation } from '../ui/presentation/presentation';
import { useIdleHide } from '../ui/presentation/useIdleHide';
import { AutoPauseToggle } from '../ui/presentation/AutoPauseToggle';
import { useWorksheet } from '../ui/worksheet/worksheetPart';
import { useReducedMotionRoot } from '../common/reducedMotion';
import { useViewRole } from '../common/viewRole';
import { PresenterDeskPart } from '../present/presenterParts';
import { togglePresenterView } from './presenterView';
import './App.css';

/** Feature panels that open from the mission header, beside the picker and the facts card. */
const headerTools: readonly HeaderTool[] = [
  {
    id: 'track',
    label: () => t('track.open'),
    testId: 'track-button',
    render: (onClose) => <TrackPanel onClose={onClose} />,
  },
  {
    id: 'video',
    label: () => t('video.open'),
    testId: 'video-button',
    render: (onClose) => <VideoPanel onClose={onClose} />,
  },
];

interface Props {
  clock: ClockStore;
}

/** Composition only: the scene, the overlay, and the keyboard. */
export function App({ clock }: Props) {
  const [ready, setReady] = useState(false);
  // Why there is no 3D view, once the scene's canvas has been refused a WebGL context.
  const [webglProblem, setWebglProblem] = useState<Key | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  useLang();
  const onReady = useCallback(() => {
    // The in-page moment `npm run bench -- load` reports (and a performance profile shows).
    if (performance.getEntriesByName('ready', 'mark').length === 0) performance.mark('ready');
    document.documentElement.dataset.ready = 'true';
    setReady(true);
    // What a first view does not show is fetched now, in idle time (src/common/lazyPart.tsx).
    partsAfterReady();
    clock.getState().setCanAnimate(true);
  }, [clock]);
  // Without WebGL there is nothing to wait for: the timeline and figures run at once.
  useEffect(() => {
    if (webglProblem) onReady();
  }, [webglProblem, onReady]);
  const labOpen = useLab((s) => s.open);
  const presenting = usePresentation((s) => s.presenting);
  const controlsHidden = useIdleHide(presenting);
  useReducedMotionRoot();
  const worksheet = useWorksheet();
  const role = useViewRole();
  const menuOpen = useLayout((s) => s.menuOpen);
  const narrow = useLayout((s) => s.narrow);
  useEffect(() => watchNarrow(), []);
  // Type sizes are in rem, so presentation mode scales the root.
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
  }, [presenting]);
  // The projector's window of a presenter's view takes presentation type sizes (present.css).
  useEffect(() => {
    document.documentElement.classList.toggle('view-screen', role === 'screen');
  }, [role]);
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

  const controls = (
    <div className="hud__controls" id="view-controls" data-panel="controls" data-open={menuOpen}>
      <LanguagePicker />
      <CameraPicker />
      <WhatIfButton />
      <AutoPauseToggle />
      <button
        type="button"
        className="present-button"
        aria-pressed={presenting}
        onClick={() => presentation.getState().setPresenting(!presenting)}
        title={t('app.presentTitle')}
      >
        {presenting ? t('app.exitPresentation') : t('app.present')}
      </button>
      <NotesButton />
      <button
        type="button"
        className="presenter-view-button"
        aria-pressed={role === 'presenter'}
        onClick={() => togglePresenterView(clock)}
        title={t('presenterView.title')}
        data-testid="presenter-view-button"
      >
        {role === 'presenter' ? t('presenterView.end') : t('presenterView.open')}
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
  );

  return (
    <ClockContext.Provider value={clock}>
      <main
        className={`app${presenting ? ' presenting' : ''}${controlsHidden ? ' controls-hidden' : ''}${role === 'normal' ? '' : ` view-${role}`}`}
      >
        <div className="scene">
          {webglProblem ? (
            <div className="scene-fallback" role="alert">
              {t(webglProblem)}
            </div>
          ) : (
            <SceneErrorBoundary onError={report}>
              <SceneCanvas
                onReady={onReady}
                onContextError={report}
                onWebglUnavailable={setWebglProblem}
                earthLayers={<LabSceneLayer />}
                hideComparison={labOpen}
              >
                <TrackedSatelliteLayer />
              </SceneCanvas>
            </SceneErrorBoundary>
          )}
        </div>
        {!webglProblem && <LoadingOverlay ready={ready} />}
        <div className="hud">
          <div className="hud__top">
            <MissionHeader tools={headerTools} />
            <MenuButton />
            {narrow && controls}
          </div>
          <div className="hud__centre">
            <Notices />
            {role === 'presenter' && <PresenterDeskPart />}
            {/* On the presenter's desk the notes are what the teacher reads: in the middle. */}
            {role === 'presenter' && <NotesPanel />}
          </div>
          <div className="hud__left">
            <HeaderPanels tools={headerTools} />
            <ChartsPanel />
          </div>
          <div className="hud__right">
            {!narrow && controls}
            <Telemetry />
            <LabPanel />
            {role !== 'presenter' && <NotesPanel />}
          </div>
          <div className="hud__caption">
            <Captions />
          </div>
          <div className="hud__bottom">
            <TimelineBar />
          </div>
        </div>
        <Welcome />
        {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
        <MissionFileDrop />
        <PresentationChrome />
      </main>
      {/* Beside the app, not in it: printing shows the worksheet alone (worksheet.css). */}
      {worksheet}
    </ClockContext.Provider>
  );
}
