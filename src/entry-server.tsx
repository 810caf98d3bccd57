import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import { LANGS, type Locale } from './content/lang.ts';
import { LANGUAGE_REDIRECT } from './locale/languageRedirect.ts';
import { PAGE_PATHS } from './locale/pages.ts';
import { loadLocale, localeStore } from './locale/store.ts';

/** The app's first HTML in one language, rendered at build time before any storage is read. */
export function render(locale: Locale): string {
  localeStore.getState().show(locale);
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/**
 * Every page of the site, by file name, made from the built index.html: the guide prerendered in
 * each language, with the head (language, description, title) to match. Called by the build
 * (the `prerender` plugin in build/prerender.ts).
 */
export async function prerenderPages(template: string): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  for (const lang of LANGS) pages[`${PAGE_PATHS[lang].slice(1)}index.html`] = page(template, await loadLocale(lang));
  return pages;
}

function page(template: string, locale: Locale): string {
  const { lang, guide, strings } = locale;
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(template)?.[0];
  if (csp === undefined) throw new Error('prerender: index.html has no Content-Security-Policy meta tag');
  let html = template;
  html = replaceOnce(html, '<html lang="zh-CN">', `<html lang="${lang}">`);
  html = replaceOnce(
    html,
    /<title>[^<]*<\/title>/,
    `<meta name="description" content="${escapeHtml(strings.pageDescription)}" />\n    <title>${escapeHtml(guide.title)}</title>`,
  );
  html = replaceOnce(html, '<div id="root"></div>', `<div id="root">${render(locale)}</div>`);
  // After the CSP (which must cover it) and before the stylesheet (which would hold it up).
  if (lang === 'zh-CN') html = replaceOnce(html, csp, `${csp}\n    <script>${LANGUAGE_REDIRECT}</script>`);
  return html;
}

function replaceOnce(text: string, find: string | RegExp, replacement: string): string {
  const found = typeof find === 'string' ? text.includes(find) : find.test(text);
  if (!found) throw new Error(`prerender: index.html has no ${String(find)}`);
  return text.replace(find, () => replacement);
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
