import { useEffect, useMemo } from 'react';
import { t, useLang } from '../../i18n';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { WorksheetCard } from './WorksheetCard';
import { WorksheetCharts } from './WorksheetCharts';
import { WorksheetEvents } from './WorksheetEvents';
import { worksheetQuestions } from './worksheetQuestions';
import type { EventLabel } from './worksheetPart';

// Prints asked for so far (1: none, see worksheetPart.tsx): a second mount (StrictMode's, in
// development) must not ask again.
let printed = 1;

/**
 * The browser's own Print: listened to from when the chunk arrives (the app is never unmounted).
 * `show` renders the worksheet at once: beforeprint is the last moment to put it in the page.
 */
export function listenForPrintMenu(show: () => void): void {
  window.addEventListener('beforeprint', show);
}

/**
 * A page for the class to fill in, for the mission on the clock, in the page's language: the
 * mission, its events with blanks to predict and observe, the descent's charts and three of the
 * teacher's questions (not their answers). Hidden on screen; only the print stylesheet shows it.
 */
export function Worksheet({ prints, label }: { prints: number; label: EventLabel }) {
  const clock = useClockStore();
  const events = useClock(clock, (s) => s.events);
  const { mission, replay } = useCurrentReplay();
  const lang = useLang();
  const questions = useMemo(() => worksheetQuestions(events, replay, lang), [events, replay, lang]);
  // After the commit, so the sheet the dialog shows is this mission's, in this language.
  useEffect(() => {
    if (prints <= printed) return;
    printed = prints;
    // In a task of its own: print() fires beforeprint, whose flushSync must not run in a commit.
    setTimeout(() => window.print());
  }, [prints]);
  if (!mission) return null;
  return (
    <article className="worksheet" data-testid="worksheet" lang={lang}>
      <WorksheetCard mission={mission} lang={lang} />
      <WorksheetEvents events={events} label={label} />
      {replay?.descent && <WorksheetCharts descent={replay.descent} events={events} />}
      {questions.length > 0 && (
        <section className="worksheet__questions">
          <h2>{t('worksheet.questions')}</h2>
          <ol>
            {questions.map((q) => (
              <li key={q.event} data-event={q.event}>
                <p>
                  <strong>{label(q.event)}:</strong> {q.question}
                </p>
                <div className="worksheet__lines" aria-hidden="true">
                  <span />
                  <span />
                  <span />
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
