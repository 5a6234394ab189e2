import { useCallback, useEffect, useRef } from 'react';
import type { Clock } from '../clock/clockStore';
import { useClockStore } from '../clock/ClockContext';
import { lastAndNextEvent } from '../clock/events';
import { t, useLang } from '../i18n';
import '../i18n/laterEnglish';
import { eventLabel, formatCountdown } from '../ui/timeline/eventLabels';
import { useClockText } from '../ui/timeline/useClockText';
import { lessonElapsedMs, restartLessonClock } from './lessonClock';
import { usePeerConnected } from './peerStatus';

/**
 * The presenter's desk on the laptop's window: the event the class is at and the next one with
 * the time to it, large enough to read at a glance while talking, the lesson's own clock, and
 * whether the projector's window is there. The teacher's notes, the controls and the timeline are
 * the app's own panels around it; the 3D view, shrunk to a corner, is the live preview.
 */
export function PresenterDesk() {
  const clock = useClockStore();
  const connected = usePeerConnected();
  useLang();
  const eventsRef = useRef<HTMLDivElement>(null);
  const lessonRef = useRef<HTMLElement>(null);

  const renderEvents = useCallback((s: Clock, node: HTMLElement) => {
    const { last: now, next } = lastAndNextEvent(s.events, s.utcMs);
    const set = (part: string, text: string) => {
      const el = node.querySelector(`[data-part="${part}"]`);
      if (el) el.textContent = text;
    };
    set('now', now ? eventLabel(now.type) : t('presenterDesk.noneYet'));
    set('next', next ? eventLabel(next.type) : t('presenterDesk.noMore'));
    set(
      'count',
      next ? t('presenterDesk.nextIn', { time: formatCountdown(next.utcMs - s.utcMs) }) : '',
    );
  }, []);
  useClockText(clock, eventsRef, renderEvents);

  useEffect(() => {
    const write = () => {
      if (lessonRef.current) lessonRef.current.textContent = formatCountdown(lessonElapsedMs());
    };
    write();
    const timer = setInterval(write, 1000);
    return () => clearInterval(timer);
  }, []);

  return (
    <>
      <section
        className="panel presenter-desk"
        data-panel="presenter"
        data-testid="presenter-desk"
        aria-labelledby="presenter-desk-title"
      >
        <h2 id="presenter-desk-title" className="presenter-desk__heading">
          {t('presenterDesk.heading')}
        </h2>
        <div className="presenter-desk__events" ref={eventsRef} aria-live="polite">
          <p className="presenter-desk__now">
            <span className="presenter-desk__label">{t('presenterDesk.now')}</span>
            <strong data-part="now" data-testid="presenter-now" />
          </p>
          <p className="presenter-desk__next">
            <span className="presenter-desk__label">{t('presenterDesk.next')}</span>
            <strong data-part="next" data-testid="presenter-next" />
            <span data-part="count" className="presenter-desk__count" />
          </p>
        </div>
        <p className="presenter-desk__lesson">
          <span className="presenter-desk__label">{t('presenterDesk.lesson')}</span>
          <strong ref={lessonRef} data-testid="lesson-time" />
          <button
            type="button"
            onClick={() => {
              restartLessonClock();
              if (lessonRef.current) lessonRef.current.textContent = formatCountdown(0);
            }}
            title={t('presenterDesk.resetTitle')}
          >
            {t('presenterDesk.reset')}
          </button>
        </p>
        <p className="presenter-desk__peer small" data-connected={connected} role="status">
          {t(connected ? 'presenterDesk.screenOn' : 'presenterDesk.screenOff')}
        </p>
      </section>
      {/* Under the preview (present.css places it), outside the desk's panel. */}
      <p className="presenter-desk__preview-label" aria-hidden="true">
        {t('presenterDesk.preview')}
      </p>
    </>
  );
}
