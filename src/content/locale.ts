import { create } from 'zustand';
import { guideZhCN } from './guide.zh-CN.ts';
import type { Guide } from './schema.ts';
import { stringsZhCN, type Strings } from './strings.zh-CN.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
/** Each language named in itself, so a reader of either can find theirs. */
export const LANGUAGE_NAMES: Record<Lang, string> = { 'zh-CN': '中文', en: 'English' };

export interface Locale {
  lang: Lang;
  guide: Guide;
  strings: Strings;
}

const zhCN: Locale = { lang: 'zh-CN', guide: guideZhCN, strings: stringsZhCN };

/** Chinese is in the page; English is fetched only by those who ask for it. */
export function loadLocale(lang: Lang): Promise<Locale> {
  if (lang === 'zh-CN') return Promise.resolve(zhCN);
  return import('./locale.en.ts').then(({ en }) => en);
}

/** The language the page is shown in. Progress is by id, so it is shared between languages. */
export const useLocale = create<{ locale: Locale; show: (locale: Locale) => void }>()((set) => ({
  locale: zhCN,
  show: (locale) => set({ locale }),
}));

export const useStrings = () => useLocale((state) => state.locale.strings);
export const useGuide = () => useLocale((state) => state.locale.guide);
/** For code outside components (announcements made after an await, for instance). */
export const currentLocale = () => useLocale.getState().locale;
