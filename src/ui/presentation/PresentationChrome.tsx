import { useEffect } from 'react';
import { t, useLang } from '../../i18n';
import { presentation, requestFullscreen, usePresentation } from './presentation';

/**
 * What presentation mode adds around the app: a black screen on B, a retry of fullscreen on
 * the first input where the browser refused it from a link, and leaving presentation mode when
 * the person leaves fullscreen (Esc).
 */
export function PresentationChrome() {
  const presenting = usePresentation((s) => s.presenting);
  const blank = usePresentation((s) => s.blank);
  useLang();

  useEffect(() => {
    if (!presenting) return;
    const retry = () => {
      if (!document.fullscreenElement) requestFullscreen();
    };
    window.addEventListener('pointerdown', retry, { once: true });
    window.addEventListener('keydown', retry, { once: true });
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      const full = Boolean(document.fullscreenElement);
      if (wasFull && !full) presentation.getState().setPresenting(false);
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      window.removeEventListener('pointerdown', retry);
      window.removeEventListener('keydown', retry);
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [presenting]);

  if (!blank) return null;
  return (
    <div
      className="blank-screen"
      data-testid="blank-screen"
      role="button"
      tabIndex={0}
      aria-label={t('app.blanked')}
      onClick={() => presentation.getState().toggleBlank()}
    />
  );
}
