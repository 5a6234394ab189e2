import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { MissionRecord } from './schema';

/** A mission the person loaded from a file of their own: not on the server, not checked. */
export interface UserMission {
  record: MissionRecord;
  /** The file's name as the person's system gave it (shown as text only). */
  fileName: string;
}

export interface UserMissionsState {
  loaded: readonly UserMission[];
  add(records: readonly MissionRecord[], fileName: string): void;
}

/**
 * The missions loaded from files in this page session, beside the bundled catalogue. Kept in
 * memory only: a reload, or a link opened elsewhere, does not have them.
 */
export const userMissions = createStore<UserMissionsState>()((set) => ({
  loaded: [],
  add: (records, fileName) =>
    set((s) => ({ loaded: [...s.loaded, ...records.map((record) => ({ record, fileName }))] })),
}));

export function useUserMissions<T>(selector: (s: UserMissionsState) => T): T {
  return useStore(userMissions, selector);
}

/** The loaded mission with this id, if a file brought one. */
export function userMission(id: string): UserMission | undefined {
  return userMissions.getState().loaded.find((m) => m.record.id === id);
}
