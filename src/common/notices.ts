import { createStore } from 'zustand/vanilla';

/** A notice's words: fixed text, or text built when shown, so it follows a change of language. */
export type NoticeText = string | (() => string);

export interface Notice {
  id: number;
  text: NoticeText;
  kind: 'info' | 'warning' | 'error';
  /** Notices of one group replace each other: only the latest file's problem stays on screen. */
  group?: string;
  /** A button beside the text that does what the notice offers (Reload into a new version). */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: NoticeText;
  run(): void;
}

interface NoticeState {
  items: Notice[];
  push(text: NoticeText, kind?: Notice['kind'], group?: string, action?: NoticeAction): void;
  dismiss(id: number): void;
  dismissGroup(group: string): void;
}

let nextId = 1;

export const noticeText = (text: NoticeText): string =>
  typeof text === 'function' ? text() : text;

/** Messages for the person at the screen: what was ignored, what failed, never a stack trace. */
export const notices = createStore<NoticeState>()((set) => ({
  items: [],
  push: (text, kind = 'warning', group, action) =>
    set((s) => {
      const kept = group ? s.items.filter((n) => n.group !== group) : s.items;
      return kept.some((n) => noticeText(n.text) === noticeText(text))
        ? { items: kept }
        : { items: [...kept, { id: nextId++, text, kind, group, action }] };
    }),
  dismiss: (id) => set((s) => ({ items: s.items.filter((n) => n.id !== id) })),
  dismissGroup: (group) => set((s) => ({ items: s.items.filter((n) => n.group !== group) })),
}));
