import { lazyPart } from '../../common/lazyPart';
import { useNotes } from './notesStore';
import './notes.css';

/** The notes and what writes them are a chunk of their own, fetched when first shown or when idle. */
const body = lazyPart(() => import('./NotesBody').then((m) => m.NotesBody));

/** The teacher's notes, when shown (N or the Notes button). */
export function NotesPanel() {
  const open = useNotes((s) => s.open);
  return open ? <body.Part /> : null;
}
