import { t } from '../i18n';
import { notices } from '../common/notices';

/**
 * Installs the offline service worker (dist/sw.js, built by tools/precacheServiceWorker.ts) in
 * the built app. After this first visit every replay works with no network at all.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      const why = e instanceof Error ? e.message : String(e);
      notices.getState().push(() => t('app.offlineUnavailable', { why }), 'info');
    });
  });
}
