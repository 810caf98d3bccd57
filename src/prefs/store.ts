import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const PREFS_KEY = 'tm-card-cancel:prefs';

interface Prefs {
  /** Whether every step's explanation is shown (the default, and always so without JavaScript). */
  showDetails: boolean;
  setShowDetails: (show: boolean) => void;
}

/**
 * How the person likes the page to look, kept apart from progress. Nothing here is precious: a
 * value that cannot be read falls back to the default.
 */
export const usePrefs = create<Prefs>()(
  persist(
    (set) => ({
      showDetails: true,
      setShowDetails: (showDetails) => set({ showDetails }),
    }),
    {
      name: PREFS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ showDetails }) => ({ showDetails }),
      merge: (stored, current) => {
        const showDetails = (stored as Partial<Prefs> | undefined)?.showDetails;
        return typeof showDetails === 'boolean' ? { ...current, showDetails } : current;
      },
      skipHydration: import.meta.env.SSR,
    },
  ),
);
