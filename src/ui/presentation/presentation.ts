import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Classroom presentation state: presentation mode, and a blanked screen (clicker B or .). */
export interface PresentationState {
  presenting: boolean;
  blank: boolean;
  setPresenting(on: boolean): void;
  toggleBlank(): void;
}

export const presentation = createStore<PresentationState>()((set) => ({
  presenting: false,
  blank: false,
  setPresenting: (on) => {
    set({ presenting: on, blank: false });
    // Fullscreen needs a user gesture; from a link (present=1) the browser may refuse until the
    // first click or key, which PresentationChrome retries on.
    if (on) requestFullscreen();
    else if (typeof document !== 'undefined' && document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
    }
  },
  toggleBlank: () => set((s) => ({ blank: !s.blank })),
}));

export function requestFullscreen(): void {
  if (typeof document === 'undefined' || document.fullscreenElement) return;
  const el = document.documentElement;
  if (typeof el.requestFullscreen !== 'function') return;
  void el.requestFullscreen().catch(() => undefined);
}

export function usePresentation<T>(selector: (s: PresentationState) => T): T {
  return useStore(presentation, selector);
}
