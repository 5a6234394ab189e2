import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the other window of a presenter's view is there, as the presenter's desk shows it. */
export const peerStatus = createStore<{ connected: boolean; set(connected: boolean): void }>()(
  (set) => ({ connected: false, set: (connected) => set({ connected }) }),
);

export function usePeerConnected(): boolean {
  return useStore(peerStatus, (s) => s.connected);
}
