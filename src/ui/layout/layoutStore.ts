import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Narrower than this the panels stack in one column (phones, portrait tablets): the same query
 * as layout.css's, so the script and the style agree on which layout is showing.
 */
export const NARROW_QUERY = '(max-width: 899px)';

function narrowNow(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(NARROW_QUERY).matches === true;
}

/** What the overlay shows on a small screen: the menu drawer, and whether the figures are folded. */
export interface LayoutState {
  narrow: boolean;
  /** The drawer with language, camera, what-if, presentation and help (narrow screens). */
  menuOpen: boolean;
  /** The telemetry's rows: folded on a narrow screen until asked for, so the globe shows. */
  telemetryOpen: boolean;
  setNarrow(narrow: boolean): void;
  setMenuOpen(open: boolean): void;
  setTelemetryOpen(open: boolean): void;
}

export const layout = createStore<LayoutState>()((set) => ({
  narrow: narrowNow(),
  menuOpen: false,
  telemetryOpen: !narrowNow(),
  // Turning a tablet or resizing across the line unfolds the figures on the wide side, folds
  // them on the narrow, and closes a drawer that has no place in the wide layout.
  setNarrow: (narrow) =>
    set((s) => (s.narrow === narrow ? s : { narrow, telemetryOpen: !narrow, menuOpen: false })),
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  setTelemetryOpen: (telemetryOpen) => set({ telemetryOpen }),
}));

export function useLayout<T>(pick: (s: LayoutState) => T): T {
  return useStore(layout, pick);
}

/** Keep `narrow` in step with the window (call once, from the app). */
export function watchNarrow(): () => void {
  const query = window.matchMedia?.(NARROW_QUERY);
  if (!query) return () => {};
  const update = () => layout.getState().setNarrow(query.matches);
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}
