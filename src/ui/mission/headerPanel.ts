import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Which drop-down of the mission header is open: 'none', 'picker', 'card', or a header tool's id.
 * One at a time. A store, not the header's own state, because the drop-downs are laid out in the
 * left column (under the header on a wide screen, in the stack on a narrow one), not in the header.
 */
interface HeaderPanelState {
  open: string;
  toggle(which: string): void;
  close(): void;
}

export const headerPanel = createStore<HeaderPanelState>()((set) => ({
  open: 'none',
  toggle: (which) => set((s) => ({ open: s.open === which ? 'none' : which })),
  close: () => set({ open: 'none' }),
}));

export function useHeaderPanel(): string {
  return useStore(headerPanel, (s) => s.open);
}
