import type { Plugin } from 'vite';
import { PAGE_PATHS } from '../src/locale/pages.ts';
import { languageRedirect } from '../src/locale/languageRedirect.ts';
import { replaceInPage } from './replaceInPage.ts';

/**
 * The page the dev server of a site at `base` sends for `address`. Nothing is prerendered in
 * development: the English address gets its language, and the Chinese one its redirect, as in the
 * build, so the app starts in the language of the address.
 */
export function devPage(html: string, address: string, base: string): string {
  return address.startsWith(base + PAGE_PATHS.en)
    ? replaceInPage('dev-pages', html, '<html lang="zh-CN">', '<html lang="en">')
    : replaceInPage('dev-pages', html, '</title>', `</title>\n    <script>${languageRedirect(base)}</script>`);
}

export function devPages(): Plugin {
  let base = '/';
  return {
    name: 'dev-pages',
    apply: 'serve',
    configResolved(config) {
      base = config.base;
    },
    // Every address is served index.html: the one asked for is the original URL.
    transformIndexHtml: (html, { originalUrl, path }) => devPage(html, originalUrl ?? path, base),
  };
}
