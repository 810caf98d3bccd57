import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { Locale } from '../content/lang.ts';

/**
 * The language the page is shown in: none until its text has loaded (src/locale/load.ts), which
 * the app waits for before it renders. Progress is by id, so it is shared between languages.
 */
export const localeStore = createStore<{ locale: Locale | null; show: (locale: Locale) => void }>()((set) => ({
  locale: null,
  show: (locale) => set({ locale }),
}));

/** For code outside components (announcements made after an await, for instance). */
export function currentLocale(): Locale {
  const { locale } = localeStore.getState();
  if (locale === null) throw new Error('No language is shown yet: the app renders once one is (src/start.tsx).');
  return locale;
}

/**
 * Reads the shown locale. Unlike zustand's own hook, it prerenders and hydrates with the locale
 * shown at the time (set by the prerender, and by src/start.tsx from the page's language), not
 * with the store's initial one: the English page must hydrate in English.
 */
export function useLocale<T>(select: (locale: Locale) => T): T {
  const current = () => select(currentLocale());
  return useSyncExternalStore(localeStore.subscribe, current, current);
}

export const useStrings = () => useLocale((locale) => locale.strings);
export const useGuide = () => useLocale((locale) => locale.guide);
