import type { Guide } from './schema.ts';
import type { Strings } from './strings.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** Each language named in itself, so a reader of either can find theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '中文', en: 'English' };

/** Everything the page shows in one language: the guide and the interface around it. */
export interface Locale {
  lang: Lang;
  guide: Guide;
  strings: Strings;
}
