import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Lang } from '../content/lang.ts';
import { hookFor } from '../store/hook.ts';
import { PREFS_KEY } from './key.ts';
import { readPrefs, type StoredPrefs } from './read.ts';

interface Prefs extends StoredPrefs {
  setShowDetails: (show: boolean) => void;
  setLang: (lang: Lang) => void;
}

/**
 * How the person likes the page to look, kept apart from progress. Nothing here is precious: a
 * value that cannot be read falls back to the default.
 */
export const usePrefs = hookFor(
  createStore<Prefs>()(
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
        // Kept in localStorage as JSON, zustand's default, which leaves the actions out.
        merge: (stored, current) => ({ ...current, ...readPrefs(stored) }),
        skipHydration: import.meta.env.SSR,
      },
    ),
  ),
);
