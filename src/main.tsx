import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
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
import { webglUnavailableReason } from './ui/status/webglSupport';

const { clock, ignored, present, lang } = createAppClock(window.location.search);
setLanguage(lang);
if (present) presentation.getState().setPresenting(true);
for (const reason of ignored)
  notices.getState().push(() => t('app.ignoredFromLink', { reason: renderMessage(reason) }));
installStateHook(clock);
startTicker(clock);
syncUrlWithClock(clock, presentation);
aimViewWhenReplayOpens(clock);
registerServiceWorker();

const webglProblem = webglUnavailableReason();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App clock={clock} webglProblem={webglProblem} />
  </StrictMode>,
);
