import { createContext, useContext } from 'react';
import type { ClockStore } from './clockStore';

export const ClockContext = createContext<ClockStore | null>(null);

/** The one clock. Components read per-frame values with getState(), not by subscribing. */
export function useClockStore(): ClockStore {
  const store = useContext(ClockContext);
  if (!store) throw new Error('useClockStore needs a <ClockContext.Provider>');
  return store;
}
