import { useCallback, useRef } from 'react';
import type { Clock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { lastAndNextEvent } from '../../clock/events';
import { t, useLang } from '../../i18n';
import { eventLabel, formatCountdown } from './eventLabels';
import { useClockText } from './useClockText';

/** "Last: Entry interface · Next: Plasma blackout in 1:32", from the clock, outside React renders. */
export function NextEvent() {
  const clock = useClockStore();
  const el = useRef<HTMLDivElement>(null);
  const render = useCallback((s: Clock, node: HTMLElement) => {
    const { last, next } = lastAndNextEvent(s.events, s.utcMs);
    const lastText = last ? t('timeline.last', { event: eventLabel(last.type) }) : '';
    const nextText = next
      ? t('timeline.next', {
          event: eventLabel(next.type),
          time: formatCountdown(next.utcMs - s.utcMs),
        })
      : t('timeline.noMore');
    node.textContent = lastText ? `${lastText}  ·  ${nextText}` : nextText;
  }, []);
  useClockText(clock, el, render);
  useLang();
  return (
    <div ref={el} className="next-event" data-testid="next-event" title={t('timeline.nextTitle')} />
  );
}
