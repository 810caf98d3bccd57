import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { LANGS, type Lang, type Locale } from '../content/lang.ts';
import { zhCN } from '../content/locale.zh-CN.ts';

/** Chinese is in the page's script; English is fetched only by those who ask for it. */
export function loadLocale(lang: Lang): Promise<Locale> {
  if (lang === 'zh-CN') return Promise.resolve(zhCN);
  return import('../content/locale.en.ts').then(({ en }) => en);
}

/** The language the page was prerendered in, which hydration must match. */
export const pageLang = (): Lang => LANGS.find((lang) => lang === document.documentElement.lang) ?? 'zh-CN';

/** The language the page is shown in. Progress is by id, so it is shared between languages. */
export const localeStore = createStore<{ locale: Locale; show: (locale: Locale) => void }>()((set) => ({
  locale: zhCN,
  show: (locale) => set({ locale }),
}));

/**
 * Reads the shown locale. Unlike zustand's own hook, it prerenders and hydrates with the locale
 * shown at the time (set by the prerender, and by src/start.tsx from the page's language), not
 * with the store's initial one: the English page must hydrate in English.
 */
export function useLocale<T>(select: (locale: Locale) => T): T {
  const current = () => select(localeStore.getState().locale);
  return useSyncExternalStore(localeStore.subscribe, current, current);
}

export const useStrings = () => useLocale((locale) => locale.strings);
export const useGuide = () => useLocale((locale) => locale.guide);

/** For code outside components (announcements made after an await, for instance). */
export const currentLocale = () => localeStore.getState().locale;
