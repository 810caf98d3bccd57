import { createStore } from 'zustand/vanilla';
import type { Locale } from '../content/lang.ts';
import { hookFor } from '../store/hook.ts';

/**
 * The language the page is shown in: none until its text has loaded (src/locale/load.ts), which
 * the app waits for before it renders. Progress is by id, so it is shared between languages.
 */
export const localeStore = createStore<{ locale: Locale | null; show: (locale: Locale) => void }>()((set) => ({
  locale: null,
  show: (locale) => set({ locale }),
}));

/** The locale shown; none is shown only before the app renders, which it never does without one. */
function shown(locale: Locale | null): Locale {
  if (locale === null) throw new Error('No language is shown yet: the app renders once one is (src/start.tsx).');
  return locale;
}

/** For code outside components (announcements made after an await, for instance). */
export const currentLocale = (): Locale => shown(localeStore.getState().locale);

const useLocaleStore = hookFor(localeStore);

/** Reads the shown locale; the English page prerenders and hydrates in English (src/store/hook.ts). */
export const useLocale = <T>(select: (locale: Locale) => T): T => useLocaleStore(({ locale }) => select(shown(locale)));

export const useStrings = () => useLocale((locale) => locale.strings);
export const useGuide = () => useLocale((locale) => locale.guide);
