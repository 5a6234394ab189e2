import { t, useLang } from '../../i18n';
import { notes, useNotes } from './notesStore';

/** Shows and hides the teacher's notes (N). */
export function NotesButton() {
  const open = useNotes((s) => s.open);
  useLang();
  return (
    <button
      type="button"
      className="notes-button"
      aria-pressed={open}
      onClick={() => notes.getState().toggle()}
      title={t('teacherNotes.ui.buttonTitle')}
      data-testid="notes-button"
    >
      {t('teacherNotes.ui.button')}
    </button>
  );
}
