import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the teacher's notes are showing (N, or the Notes button). */
export interface NotesState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const notes = createStore<NotesState>()((set, get) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set({ open: !get().open }),
}));

export function useNotes<T>(selector: (s: NotesState) => T): T {
  return useStore(notes, selector);
}
