import type { Lang } from '../content/lang.ts';

/** Each language has its own prerendered page, so it reads right before any script has run. */
export const PAGE_PATHS: Readonly<Record<Lang, string>> = { 'zh-CN': '/', en: '/en/' };

/** The address of this page in `lang`, keeping the query and the link to a step. */
export function pageUrlIn(lang: Lang, href: string): string {
  const url = new URL(href);
  url.pathname = PAGE_PATHS[lang];
  return url.href;
}
