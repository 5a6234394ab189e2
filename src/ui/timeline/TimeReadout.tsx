import { useCallback, useRef } from 'react';
import type { Clock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { t, useLang } from '../../i18n';
import { formatKazakhstan, formatUtcClock } from '../../i18n/format';
import { useClockText } from './useClockText';

/** The current instant in UTC and in Kazakhstan civil time (the landing zone's clock). */
export function TimeReadout() {
  const clock = useClockStore();
  const utc = useRef<HTMLSpanElement>(null);
  const kz = useRef<HTMLSpanElement>(null);
  useLang();
  useClockText(
    clock,
    utc,
    useCallback((s: Clock, el: HTMLElement) => void (el.textContent = formatUtcClock(s.utcMs)), []),
  );
  useClockText(
    clock,
    kz,
    useCallback(
      (s: Clock, el: HTMLElement) => void (el.textContent = formatKazakhstan(s.utcMs)),
      [],
    ),
  );
  return (
    <div className="time-readout">
      <div>
        <span ref={utc} className="time-readout__main" data-testid="utc" />{' '}
        <span className="time-readout__unit">UTC</span>
      </div>
      <div className="time-readout__local">
        {t('timeline.kazakhstan')} <span ref={kz} />
      </div>
    </div>
  );
}
