import type { Lang } from '../content/lang.ts';

/**
 * Each language has its own prerendered page, so it reads right before any script has run. These
 * are their places under the site's base (`/` by default, or wherever the site is hosted, e.g.
 * `/tm/`): the Chinese page is the base itself.
 */
export const PAGE_PATHS: Readonly<Record<Lang, string>> = { 'zh-CN': '', en: 'en/' };

/** The address of this page in `lang`, keeping the query and the link to a step. */
export function pageUrlIn(lang: Lang, href: string, base = import.meta.env.BASE_URL): string {
  const url = new URL(href);
  url.pathname = base + PAGE_PATHS[lang];
  return url.href;
}
