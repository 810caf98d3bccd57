import { use } from 'react';
import { LANGS, type Lang, type Locale } from '../content/lang.ts';
import type { OnDemandStrings } from '../content/onDemand.ts';
import { useLocale } from './store.ts';

/** The language the page was prerendered in, which hydration must match. */
export const pageLang = (): Lang => LANGS.find((lang) => lang === document.documentElement.lang) ?? 'zh-CN';

/** Each language's text is fetched on its own, so that a page loads only the language it shows. */
export function loadLocale(lang: Lang): Promise<Locale> {
  return lang === 'zh-CN'
    ? import('../content/locale.zh-CN.ts').then(({ zhCN }) => zhCN)
    : import('../content/locale.en.ts').then(({ en }) => en);
}

const loads = new Map<Lang, Promise<OnDemandStrings>>();

/**
 * Fetches a language's on-demand text once, however many parts of the page ask for it; after a
 * failure (no network), the next asks again.
 */
export function loadOnDemand(lang: Lang): Promise<OnDemandStrings> {
  let load = loads.get(lang);
  if (load === undefined) {
    load =
      lang === 'zh-CN'
        ? import('../content/onDemand.zh-CN.ts').then(({ onDemandZhCN }) => onDemandZhCN)
        : import('../content/onDemand.en.ts').then(({ onDemandEn }) => onDemandEn);
    load.catch(() => loads.delete(lang));
    loads.set(lang, load);
  }
  return load;
}

/**
 * The shown language's text for what is opened only now and then. Components loaded by
 * `onDemandWithText` (components/onDemand.tsx) have it at once; others wait (suspend) for it.
 */
export function useOnDemandStrings(): OnDemandStrings {
  return use(loadOnDemand(useLocale((locale) => locale.lang)));
}
