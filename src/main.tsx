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

const { clock, ignored, present, lang } = createAppClock(window.location.search);
// Russian and Kazakh are chunks of their own: the first render waits for the one the page opens
// in (English is in this bundle and goes straight on). Not a top-level await, which would make
// the bundler split the first load into many more chunks.
const languageReady = setLanguage(
  startLang(lang, openedSearch(), browserStorage(), navigator.languages ?? [navigator.language]),
);
if (present) presentation.getState().setPresenting(true);
for (const reason of ignored)
  notices.getState().push(() => t('app.ignoredFromLink', { reason: renderMessage(reason) }));
installStateHook(clock);
startTicker(clock);
syncUrlWithClock(clock, presentation);
aimViewWhenReplayOpens(clock);
registerServiceWorker();

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App clock={clock} />
    </StrictMode>,
  ),
);
