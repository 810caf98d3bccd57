import type { Plugin } from 'vite';
import { PAGE_PATHS } from '../src/locale/pages.ts';
import { LANGUAGE_REDIRECT } from '../src/locale/languageRedirect.ts';
import { replaceInPage } from './replaceInPage.ts';

/**
 * The page the dev server sends for `address`. Nothing is prerendered in development: the English
 * address gets its language, and the Chinese one its redirect, as in the build, so the app starts
 * in the language of the address.
 */
export function devPage(html: string, address: string): string {
  return address.startsWith(PAGE_PATHS.en)
    ? replaceInPage('dev-pages', html, '<html lang="zh-CN">', '<html lang="en">')
    : replaceInPage('dev-pages', html, '</title>', `</title>\n    <script>${LANGUAGE_REDIRECT}</script>`);
}

export function devPages(): Plugin {
  return {
    name: 'dev-pages',
    apply: 'serve',
    // Every address is served index.html: the one asked for is the original URL.
    transformIndexHtml: (html, { originalUrl, path }) => devPage(html, originalUrl ?? path),
  };
}
