import './app/fonts.css';
import './app/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { renderMessage, setLanguage, t } from './i18n';
import { createAppClock } from './app/createAppClock';
import { installStateHook } from './app/stateHook';
import { registerServiceWorker } from './app/registerServiceWorker';
import { startTicker } from './clock/ticker';
import { syncUrlWithClock } from './app/urlSync';
import { aimViewWhenReplayOpens } from './app/aimOnOpen';
import { notices } from './common/notices';
import { presentation } from './ui/presentation/presentation';
import { browserStorage, openedSearch, startLang } from './ui/welcome/shouldWelcome';
import { startPresenterRole } from './app/presenterView';
import { startExportRole } from './app/exportRole';

const { clock, ignored, present, lang, view } = createAppClock(window.location.search);
// Russian and Kazakh are chunks of their own: the first render waits for the one the page opens
// in (English is in this bundle and goes straight on). Not a top-level await, which would make
// the bundler split the first load into many more chunks.
const languageReady = setLanguage(
  startLang(lang, openedSearch(), browserStorage(), navigator.languages ?? [navigator.language]),
);
// The off-screen frame of a video export draws the scene alone, on request (app/exportRole.ts).
const exporting = view === 'export';
if (exporting) startExportRole(clock, languageReady);
if (present && !exporting) presentation.getState().setPresenting(true);
for (const reason of exporting ? [] : ignored)
  notices.getState().push(() => t('app.ignoredFromLink', { reason: renderMessage(reason) }));
if (!exporting) {
  installStateHook(clock);
  startTicker(clock);
  syncUrlWithClock(clock, presentation);
  aimViewWhenReplayOpens(clock);
  registerServiceWorker();
}

// A window of a presenter's view (view=presenter|screen) joins the other once its language is in:
// the state it then receives, or sends, is in that language.
if (view === 'presenter' || view === 'screen') {
  const role = view;
  void languageReady.then(() => startPresenterRole(clock, role));
}

if (!exporting)
  void languageReady.then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App clock={clock} />
      </StrictMode>,
    ),
  );
