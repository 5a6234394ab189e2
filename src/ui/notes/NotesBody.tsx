import { useMemo, useState } from 'react';
import { t, useLang } from '../../i18n';
// The notes' English strings come with the notes (i18n/locales/enLater.ts).
import '../../i18n/laterEnglish';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { captionEvent } from '../captions/Captions';
import { eventLabel } from '../timeline/eventLabels';
import { noteEvent } from './noteEvent';
import { notes } from './notesStore';
import { teacherNote } from './teacherNote';

/**
 * The note for the event the caption shows, or the next one: a question for the class, its
 * answer hidden until the teacher reveals it, and one more fact. Re-renders when the event or
 * the language changes, not every frame; a new event hides the answer again.
 */
export function NotesBody() {
  const clock = useClockStore();
  const event = useClock(clock, (s) => noteEvent(s.events, s.utcMs));
  const happening = useClock(clock, (s) => captionEvent(s.events, s.utcMs) !== null);
  const { replay } = useCurrentReplay();
  const lang = useLang();
  const note = useMemo(
    () => (event ? teacherNote(event.type, replay, lang) : null),
    [event, replay, lang],
  );
  const [revealedFor, setRevealedFor] = useState<object | null>(null);
  const revealed = event !== null && revealedFor === event;

  return (
    <section
      id="teacher-notes"
      className="notes-panel panel"
      data-panel="notes"
      data-testid="notes"
      aria-labelledby="notes-title"
    >
      <div className="notes-panel__head">
        <h2 id="notes-title">{t('teacherNotes.ui.title')}</h2>
        <button
          type="button"
          className="notes-panel__close"
          onClick={() => notes.getState().setOpen(false)}
          aria-label={t('teacherNotes.ui.close')}
          title={t('teacherNotes.ui.close')}
        >
          ×
        </button>
      </div>
      {event ? (
        <p className="notes-panel__event" data-event={event.type}>
          {t(happening ? 'teacherNotes.ui.now' : 'teacherNotes.ui.next', {
            event: eventLabel(event.type),
          })}
        </p>
      ) : (
        <p>{t('teacherNotes.ui.none')}</p>
      )}
      {event && !note && <p className="small">{t('teacherNotes.ui.noNote')}</p>}
      {note && (
        <>
          <h3>{t('teacherNotes.ui.ask')}</h3>
          <p className="notes-panel__question" data-testid="notes-question">
            {note.question}
          </p>
          <button
            type="button"
            className="notes-panel__reveal"
            aria-expanded={revealed}
            aria-controls="notes-answer"
            onClick={() => setRevealedFor(revealed ? null : event)}
            data-testid="notes-reveal"
          >
            {t(revealed ? 'teacherNotes.ui.hide' : 'teacherNotes.ui.show')}
          </button>
          <div id="notes-answer" hidden={!revealed} data-testid="notes-answer">
            <h3>{t('teacherNotes.ui.answer')}</h3>
            <p>{note.answer}</p>
          </div>
          <h3>{t('teacherNotes.ui.fact')}</h3>
          <p data-testid="notes-fact">{note.fact}</p>
        </>
      )}
    </section>
  );
}
