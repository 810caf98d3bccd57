import { LANGS, type Lang, type Locale } from '../content/lang.ts';

/** The language the page was prerendered in, which hydration must match. */
export const pageLang = (): Lang => LANGS.find((lang) => lang === document.documentElement.lang) ?? 'zh-CN';

/**
 * Each language's text is fetched on its own, so that a page loads only the language it shows. The
 * page's entry imports this before the app: it stays apart from what needs React (onDemand.ts).
 */
export function loadLocale(lang: Lang): Promise<Locale> {
  return lang === 'zh-CN'
    ? import('../content/locale.zh-CN.ts').then(({ zhCN }) => zhCN)
    : import('../content/locale.en.ts').then(({ en }) => en);
}
