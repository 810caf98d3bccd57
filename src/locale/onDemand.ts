import { use } from 'react';
import type { Lang } from '../content/lang.ts';
import type { OnDemandStrings } from '../content/onDemand.ts';
import { useLocale } from './store.ts';

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
