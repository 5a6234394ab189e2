import type { Replay } from '../../replay/replay';
import type { Vars } from '../../i18n';
import type { NoteFormat } from './noteFormat';

/** Which of a note's strings to use, and the figures to fill in: ['answer', { g: '3.9' }]. */
export type Part = readonly [key: string, vars?: Vars];

/** A note before translation: the keys of its question, answer and fact under its section. */
export interface NoteParts {
  question: Part;
  answer: Part;
  fact: Part;
}

/** What of the replay a note reads: the modelled flight, and the comparison flown beside it. */
export type NoteReplay = Pick<Replay, 'descent' | 'ascent' | 'comparison'>;

/**
 * Builds one note from the replay. Null where the note's figures need a model the replay lacks
 * (a launch event without an ascent): the clock never shows those events without one.
 */
export type NoteBuilder = (replay: NoteReplay | null, f: NoteFormat) => NoteParts | null;

/** The three parts, each the section's plain key with its figures. */
export const parts = (question: Part, answer: Part, fact: Part): NoteParts => ({
  question,
  answer,
  fact,
});
