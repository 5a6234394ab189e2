import type { Lang } from '../../i18n';
import type { ClockEvent } from '../../clock/events';
import { NOTE_OF_EVENT, teacherNote } from '../notes/teacherNote';
import type { NoteReplay } from '../notes/noteParts';

export interface WorksheetQuestion {
  /** The event the question is about (its first event, where several share a note). */
  event: string;
  question: string;
}

/**
 * Three of the teacher's questions for the worksheet: of the replay's events that have a note,
 * one note each, the first, the middle and the last, so the questions span the whole flight
 * (leaving the station, the fall, the landing). Fewer where the replay has fewer notes.
 */
export function worksheetQuestions(
  events: readonly ClockEvent[],
  replay: NoteReplay | null,
  lang: Lang,
  count = 3,
): WorksheetQuestion[] {
  const seen = new Set<string>();
  const all: WorksheetQuestion[] = [];
  for (const e of events) {
    const id = NOTE_OF_EVENT[e.type];
    if (!id || seen.has(id)) continue;
    const note = teacherNote(e.type, replay, lang);
    if (!note) continue;
    seen.add(id);
    all.push({ event: e.type, question: note.question });
  }
  if (all.length <= count) return all;
  return Array.from(
    { length: count },
    (_, i) => all[Math.round((i * (all.length - 1)) / (count - 1))]!,
  );
}
