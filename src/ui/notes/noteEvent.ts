import { nextEvent, type ClockEvent } from '../../clock/events';
import { captionEvent } from '../captions/Captions';

/**
 * The event the notes are about: the one the caption shows, or, between events, the next one,
 * so a teacher can ask the question before it happens. The same object while the event stays,
 * so a component selecting it re-renders only when the event changes.
 */
export function noteEvent(events: readonly ClockEvent[], ms: number): ClockEvent | null {
  return captionEvent(events, ms) ?? nextEvent(events, ms);
}
