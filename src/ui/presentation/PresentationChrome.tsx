import { useEffect } from 'react';
import { t, useLang } from '../../i18n';
import { useClockStore } from '../../clock/ClockContext';
import { presentation, requestFullscreen, usePresentation } from './presentation';

/**
 * What presentation mode adds around the app: a black screen on B, a retry of fullscreen on
 * the first input where the browser refused it from a link, leaving presentation mode when
 * the person leaves fullscreen (Esc), and auto-pause at each event (its switch is
 * AutoPauseToggle, beside the presentation button).
 */
export function PresentationChrome() {
  const clock = useClockStore();
  const presenting = usePresentation((s) => s.presenting);
  const blank = usePresentation((s) => s.blank);
  useLang();

  // A class watches each event happen, so presenting stops at each one by default; leaving
  // presentation mode puts back whatever the setting was before.
  useEffect(() => {
    if (!presenting) return;
    const before = clock.getState().autoPause;
    clock.getState().setAutoPause(true);
    return () => clock.getState().setAutoPause(before);
  }, [presenting, clock]);

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
