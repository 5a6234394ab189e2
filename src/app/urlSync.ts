import type { StoreApi } from 'zustand/vanilla';
import { currentLang, onLanguageChange } from '../i18n';
import type { ClockStore } from '../clock/clockStore';
import { formatUrlState } from './urlState';
import { viewRole } from '../common/viewRole';

/** How often the address bar follows a playing clock; history.replaceState is not free. */
const WRITE_INTERVAL_MS = 500;

/** Keep the address bar equal to the view, so a copied link reopens it. Returns an unsubscribe. */
export function syncUrlWithClock(
  clock: ClockStore,
  presentation?: StoreApi<{ presenting: boolean }>,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const next = formatUrlState({
      ...clock.getState(),
      present: presentation?.getState().presenting ?? false,
      lang: currentLang(),
      view: viewRole.getState().role,
    });
    if (next !== window.location.search) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${next}${window.location.hash}`,
      );
    }
  };
  const unsubscribe = clock.subscribe((s, prev) => {
    const discrete =
      s.playing !== prev.playing ||
      s.missionId !== prev.missionId ||
      s.camera !== prev.camera ||
      s.rate !== prev.rate ||
      s.smart !== prev.smart;
    if (discrete) {
      if (timer) clearTimeout(timer);
      write();
    } else if (!timer) timer = setTimeout(write, WRITE_INTERVAL_MS);
  });
  const unsubscribePresentation = presentation?.subscribe(() => write());
  const unsubscribeLanguage = onLanguageChange(() => write());
  const unsubscribeRole = viewRole.subscribe(() => write());
  write();
  return () => {
    unsubscribe();
    unsubscribePresentation?.();
    unsubscribeLanguage();
    unsubscribeRole();
    if (timer) clearTimeout(timer);
  };
}
