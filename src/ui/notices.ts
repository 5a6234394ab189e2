import { createStore } from 'zustand/vanilla';

export interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'warning' | 'error';
}

interface NoticeState {
  items: Notice[];
  push(text: string, kind?: Notice['kind']): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Messages for the person at the screen: what was ignored, what failed, never a stack trace. */
export const notices = createStore<NoticeState>()((set) => ({
  items: [],
  push: (text, kind = 'warning') =>
    set((s) =>
      s.items.some((n) => n.text === text)
        ? s
        : { items: [...s.items, { id: nextId++, text, kind }] },
    ),
  dismiss: (id) => set((s) => ({ items: s.items.filter((n) => n.id !== id) })),
}));
