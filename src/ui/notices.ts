import { createStore } from 'zustand/vanilla';

/** A notice's words: fixed text, or text built when shown, so it follows a change of language. */
export type NoticeText = string | (() => string);

export interface Notice {
  id: number;
  text: NoticeText;
  kind: 'info' | 'warning' | 'error';
}

interface NoticeState {
  items: Notice[];
  push(text: NoticeText, kind?: Notice['kind']): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const noticeText = (text: NoticeText): string =>
  typeof text === 'function' ? text() : text;

/** Messages for the person at the screen: what was ignored, what failed, never a stack trace. */
export const notices = createStore<NoticeState>()((set) => ({
  items: [],
  push: (text, kind = 'warning') =>
    set((s) =>
      s.items.some((n) => noticeText(n.text) === noticeText(text))
        ? s
        : { items: [...s.items, { id: nextId++, text, kind }] },
    ),
  dismiss: (id) => set((s) => ({ items: s.items.filter((n) => n.id !== id) })),
}));
