import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLang, type Lang } from '../content/lang.ts';
import { PREFS_KEY } from './key.ts';

interface Prefs {
  /** Whether every step's explanation is shown (the default, and always so without JavaScript). */
  showDetails: boolean;
  lang: Lang;
  setShowDetails: (show: boolean) => void;
  setLang: (lang: Lang) => void;
}

/**
 * How the person likes the page to look, kept apart from progress. Nothing here is precious: a
 * value that cannot be read falls back to the default.
 */
export const usePrefs = create<Prefs>()(
  persist(
    (set) => ({
      showDetails: true,
      lang: 'zh-CN',
      setShowDetails: (showDetails) => set({ showDetails }),
      setLang: (lang) => set({ lang }),
    }),
    {
      name: PREFS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ showDetails, lang }) => ({ showDetails, lang }),
      merge: (stored, current) => {
        const { showDetails, lang } = (stored ?? {}) as Partial<Record<keyof Prefs, unknown>>;
        return {
          ...current,
          ...(typeof showDetails === 'boolean' ? { showDetails } : {}),
          ...(isLang(lang) ? { lang } : {}),
        };
      },
      skipHydration: import.meta.env.SSR,
    },
  ),
);
