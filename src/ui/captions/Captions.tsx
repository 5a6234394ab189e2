import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { useLang } from '../../i18n';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import type { ClockEvent } from '../../clock/events';
import { eventCaption } from './eventCaptions';
import './captions.css';

/** How long (simulated) a caption stays up after its event, unless the next event comes first. */
const HOLD_MS = 3 * 60_000;

/** An event this close ahead of the clock already counts as shown (a seek lands a hair early). */
const EARLY_MS = 250;

/**
 * The latest event at or before the instant, if it happened less than HOLD_MS ago. The early
 * allowance shrinks to half the gap to the event before, so two events 0.2 s apart (landing
 * engines, touchdown) each get their own caption when the clock stops at the first.
 */
export function captionEvent(events: readonly ClockEvent[], ms: number): ClockEvent | null {
  let found: ClockEvent | null = null;
  let previousMs = -Infinity;
  for (const e of events) {
    if (e.utcMs <= ms + Math.min(EARLY_MS, (e.utcMs - previousMs) / 2)) found = e;
    previousMs = e.utcMs;
  }
  return found && ms - found.utcMs < HOLD_MS ? found : null;
}

/**
 * The event caption: a headline with its figures and one plain sentence, shown as each event
 * happens and announced to screen readers through a polite live region. It re-renders only when
 * the event changes, not every frame.
 */
export function Captions() {
  const clock = useClockStore();
  const event = useClock(clock, (s) => captionEvent(s.events, s.utcMs));
  const { replay } = useCurrentReplay();
  useLang();
  const caption = event ? eventCaption(event.type, replay?.descent ?? null) : null;
  return (
    <div
      className="caption"
      data-testid="caption"
      data-panel="caption"
      aria-live="polite"
      aria-atomic="true"
    >
      {caption && (
        <p className="caption__line" data-event={event!.type}>
          <strong className="caption__title">{caption.title}</strong>
          {caption.explain && <span className="caption__explain"> {caption.explain}</span>}
        </p>
      )}
    </div>
  );
}
