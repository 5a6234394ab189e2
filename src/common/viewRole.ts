import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * What this window is for. `normal`: the whole app. `screen`: the projector's window of a
 * presenter's view, scene, caption and title only. `presenter`: the laptop's window beside it,
 * controls, timeline, notes and a small preview (src/present/). `export`: the off-screen frame a
 * video export renders in (src/export/), never shown.
 */
export type ViewRole = 'normal' | 'screen' | 'presenter' | 'export';

/** The roles a link may ask for with `view=` (export is the app's own, but harmless in a link). */
export const LINK_VIEWS: readonly ViewRole[] = ['presenter', 'screen', 'export'];

export interface ViewRoleState {
  role: ViewRole;
  setRole(role: ViewRole): void;
}

export const viewRole = createStore<ViewRoleState>()((set) => ({
  role: 'normal',
  setRole: (role) => set({ role }),
}));

export function useViewRole(): ViewRole {
  return useStore(viewRole, (s) => s.role);
}
