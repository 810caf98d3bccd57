import { create } from 'zustand';

interface Update {
  /** Set when a new version is waiting; calling it swaps the new version in and reloads. */
  apply: (() => void) | null;
  offer: (apply: () => void) => void;
}

/** A new version of the app is never swapped in silently: the page offers it. */
export const useUpdate = create<Update>()((set) => ({
  apply: null,
  offer: (apply) => set({ apply }),
}));
