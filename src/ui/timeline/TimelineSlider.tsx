import { presentation } from '../presentation/presentation';
import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useClock, type Clock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { currentLang, dataText, t, useLang } from '../../i18n';
import { formatUtcClock, formatUtcTime } from '../../i18n/format';
import { eventLabel } from './eventLabels';
import type { ClockEvent } from '../../clock/events';
import { useClockText } from './useClockText';

const fraction = (s: Clock) => (s.utcMs - s.range.startMs) / (s.range.endMs - s.range.startMs || 1);

/**
 * The scrubbable timeline: an ARIA slider over the replay's range. Dragging seeks continuously, so
 * the scene follows the pointer, not only the release. The thumb moves by DOM writes, not renders.
 */
export function TimelineSlider() {
  const clock = useClockStore();
  const range = useClock(clock, (s) => s.range);
  const events = useClock(clock, (s) => s.events);
  useLang();
  const slider = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  useClockText(
    clock,
    slider,
    useCallback((s: Clock, el: HTMLElement) => {
      const f = Math.min(1, Math.max(0, fraction(s)));
      if (fill.current) fill.current.style.width = `${(f * 100).toFixed(3)}%`;
      el.style.setProperty('--thumb', `${(f * 100).toFixed(3)}%`);
      el.setAttribute('aria-valuenow', String(Math.round(s.utcMs / 1000)));
      el.setAttribute('aria-valuetext', t('units.utc', { time: formatUtcClock(s.utcMs) }));
    }, []),
  );

  const seekTo = (clientX: number) => {
    const rect = slider.current!.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    const { range: r } = clock.getState();
    clock.getState().seek(r.startMs + f * (r.endMs - r.startMs));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    seekTo(e.clientX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) seekTo(e.clientX);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };

  // The slider handles its own arrow keys so they do not also reach the page-wide shortcuts.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // A presenter's clicker sends PageDown for "next": while presenting, those keys go to the
    // page-wide event jumps even when the slider has focus.
    if (presentation.getState().presenting && (e.key === 'PageDown' || e.key === 'PageUp')) return;
    const s = clock.getState();
    const big = (s.range.endMs - s.range.startMs) / 10;
    const step = e.shiftKey ? 60_000 : 10_000;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => s.step(-step),
      ArrowDown: () => s.step(-step),
      ArrowRight: () => s.step(step),
      ArrowUp: () => s.step(step),
      PageDown: () => s.step(-big),
      PageUp: () => s.step(big),
      Home: () => s.seek(s.range.startMs),
      End: () => s.seek(s.range.endMs),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      e.stopPropagation();
      action();
    }
  };

  const span = range.endMs - range.startMs || 1;
  return (
    <div
      ref={slider}
      className="timeline-slider"
      role="slider"
      tabIndex={0}
      aria-label={t('timeline.slider')}
      aria-valuemin={Math.round(range.startMs / 1000)}
      aria-valuemax={Math.round(range.endMs / 1000)}
      data-testid="timeline"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <div className="timeline-slider__track">
        <div ref={fill} className="timeline-slider__fill" />
        {/* Markers are a pointer shortcut and hidden from assistive technology: a control inside a
            slider is not announced reliably, and ] / [ reach the same events from the keyboard. */}
        {events.map((ev) => (
          <span
            aria-hidden="true"
            key={`${ev.type}-${ev.utcMs}`}
            className={`timeline-slider__event${ev.modelledMs === null ? ' timeline-slider__event--reported' : ''}`}
            style={{ left: `${(((ev.utcMs - range.startMs) / span) * 100).toFixed(3)}%` }}
            title={markerTitle(ev)}
            data-event={ev.type}
            onPointerDown={(e) => {
              // A marker is a shortcut, not the start of a drag along the track.
              e.stopPropagation();
              clock.getState().seek(ev.utcMs);
            }}
          />
        ))}
      </div>
      <div className="timeline-slider__thumb" />
    </div>
  );
}

/** "Main chute — modelled 11:14:15 UTC; reported 11:14:00 UTC (actual)". */
function markerTitle(ev: ClockEvent): string {
  const parts: string[] = [];
  if (ev.modelledMs !== null)
    parts.push(t('timeline.modelled', { time: formatUtcTime(ev.modelledMs) }));
  if (ev.reported) {
    parts.push(
      t('timeline.reported', {
        time: formatUtcTime(ev.reported.utcMs),
        status: dataText(ev.reported.status, currentLang()),
      }),
    );
  }
  return `${eventLabel(ev.type)} — ${parts.join('; ')}`;
}
