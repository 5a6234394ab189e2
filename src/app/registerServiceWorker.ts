import { t } from '../i18n';
import { notices } from '../common/notices';

/**
 * Installs the offline cache (dist/sw.js, the Workbox worker that tools/offlineCache.ts builds) in
 * the built app. After this first visit every replay works with no network at all.
 *
 * Not at `load`: installing fetches and stores the whole build, and that work must not compete
 * with the first frame. It waits until the app is ready (the `data-ready` mark the state hook
 * reads) and then for an idle moment.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  whenReady(() => whenIdle(() => void install()));
}

function whenReady(run: () => void): void {
  const root = document.documentElement;
  const isReady = () => root.dataset.ready === 'true';
  if (isReady()) return run();
  const observer = new MutationObserver(() => {
    if (!isReady()) return;
    observer.disconnect();
    run();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}

async function install(): Promise<void> {
  // workbox-window is loaded only now, after ready: nothing of the offline cache is in the first load.
  let Workbox: typeof import('workbox-window').Workbox;
  try {
    ({ Workbox } = await import('workbox-window'));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    notices.getState().push(() => t('app.offlineUnavailable', { why }), 'info');
    return;
  }
  // Relative to the page, so the worker's scope is the folder the app is served from.
  const worker = new Workbox('./sw.js', { scope: './' });
  const reload = () => {
    let reloading = false;
    const go = () => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    };
    worker.addEventListener('controlling', go);
    worker.messageSkipWaiting();
    // The button must always reload: where the new worker took charge before this page listened
    // (another tab pressed Reload first), 'controlling' never comes here.
    setTimeout(go, 3000);
  };
  // A newer build has installed and waits for this one's pages to close. It is never forced on a
  // lesson in progress: the notice offers to switch now; closing every tab of the app does too.
  const offerReload = () =>
    notices.getState().push(() => t('update.ready'), 'info', 'update', {
      label: () => t('update.reload'),
      run: reload,
    });
  worker.addEventListener('waiting', offerReload);
  worker.addEventListener('activated', () => void dropOldCaches());
  worker.register().then(
    (registration) => {
      if (registration?.active && !registration.waiting && !registration.installing)
        void dropOldCaches();
      // The browser checks for a new worker on every visit, and registering comes late (after
      // ready): a new worker still installing then was found before Workbox listened for it.
      const installing = registration?.installing;
      if (!installing || !navigator.serviceWorker.controller) return;
      installing.addEventListener('statechange', () => {
        if (installing.state === 'installed' && registration.waiting === installing) offerReload();
      });
    },
    (e: unknown) => {
      const why = e instanceof Error ? e.message : String(e);
      notices.getState().push(() => t('app.offlineUnavailable', { why }), 'info');
    },
  );
}

/**
 * The hand-written worker that came before Workbox kept its files in caches named
 * `soyuz-replay-<build>`, and Workbox deletes only its own: left alone they would hold a whole old
 * build (7 MB) in every browser that had it. They go once a Workbox worker is the active one (its
 * precache exists and none waits), so a page the old worker still serves keeps working offline.
 */
async function dropOldCaches(): Promise<void> {
  try {
    const names = await caches.keys();
    if (!names.some((n) => n.startsWith('workbox-precache'))) return;
    await Promise.all(
      names.filter((n) => n.startsWith('soyuz-replay-')).map((n) => caches.delete(n)),
    );
  } catch {
    // Storage refused (a private window, a quota): nothing to clean then.
  }
}
