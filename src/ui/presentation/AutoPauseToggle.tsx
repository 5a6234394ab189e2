import { t, useLang } from '../../i18n';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { usePresentation } from './presentation';

/**
 * The auto-pause switch (also key A), shown while presenting beside the presentation button: the
 * replay stops at each event and the clicker plays on to the next.
 */
export function AutoPauseToggle() {
  const clock = useClockStore();
  const on = useClock(clock, (s) => s.autoPause);
  const presenting = usePresentation((s) => s.presenting);
  useLang();
  if (!presenting) return null;
  return (
    <button
      type="button"
      className="auto-pause-button"
      aria-pressed={on}
      onClick={() => clock.getState().setAutoPause(!on)}
      title={t('presenter.autoPauseTitle')}
      data-testid="auto-pause"
    >
      {t('presenter.autoPause')}
    </button>
  );
}
