import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ConfigEnv, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { guideZhCN } from './src/content/guide.zh-CN.ts';
import { parseGuide } from './src/content/schema.ts';
import { PAGE_PATHS } from './src/locale/pages.ts';
import { stringsZhCN } from './src/content/strings.zh-CN.ts';
import { LANGUAGE_REDIRECT } from './src/locale/languageRedirect.ts';

/** Where `npm run build` first puts the server build of src/entry-server.tsx, for prerendering. */
const SSR_OUT_DIR = '.tmp/ssr';

/** Fails the build with a readable message when the guide breaks its schema. */
function validateGuide(): Plugin {
  return {
    name: 'validate-guide',
    buildStart() {
      parseGuide(guideZhCN);
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's Content-Security-Policy: nothing but our own files, no inline code but the one
 * language redirect (by its hash), no plugins, no forms, no <base>. `frame-ancestors` only works
 * as a header, so the meta tag leaves it out.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${sha256(LANGUAGE_REDIRECT)}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The headers every page is served with: by `vite preview`, and by hosts that read `_headers`. */
const HEADERS = {
  'Content-Security-Policy': [...CSP, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Adds the CSP meta tag, right after the charset, to the built page only: the dev server needs
 * inline scripts for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => {
      if (!html.includes(charset)) throw new Error(`contentSecurityPolicy: index.html lacks ${charset}`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP.join('; ')}" />`);
    },
  };
}

/**
 * The entry script only waits for the first paint and then starts the app (src/main.tsx), so it
 * must not compete with the page and its stylesheet: fetch it at low priority.
 */
function lowPriorityEntry(): Plugin {
  return {
    name: 'low-priority-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const entry = /<script type="module" crossorigin src=/;
        if (!entry.test(html)) throw new Error('lowPriorityEntry: no entry <script> found in index.html');
        return html.replace(entry, '<script type="module" crossorigin fetchpriority="low" src=');
      },
    },
  };
}

/** For plugins that write into the site: the client build, not the server build made for prerendering. */
const clientBuild = (_config: UserConfig, { command, isSsrBuild }: ConfigEnv) =>
  command === 'build' && !isSsrBuild;

/**
 * Puts the guide, prerendered in each language, into the build's pages (see src/entry-server.tsx),
 * so they read before and without JavaScript. It runs before the service worker is generated, so
 * the precache revisions are those of the pages as served. `npm run build` makes the server build
 * it needs first.
 */
function prerender(): Plugin {
  return {
    name: 'prerender',
    apply: clientBuild,
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const template = bundle['index.html'];
      if (template?.type !== 'asset') return this.error('prerender: no index.html in the bundle');
      const serverBuild = pathToFileURL(resolve(SSR_OUT_DIR, 'entry-server.js')).href;
      const { prerenderPages } = (await import(serverBuild).catch(() =>
        this.error(`prerender: no ${SSR_OUT_DIR}/entry-server.js; build with \`npm run build\``),
      )) as typeof import('./src/entry-server.tsx');
      for (const [fileName, source] of Object.entries(await prerenderPages(String(template.source)))) {
        if (fileName === 'index.html') template.source = source;
        else this.emitFile({ type: 'asset', fileName, source });
      }
      // Used once: a later plain `vite build` must not prerender from a stale server build.
      await rm(SSR_OUT_DIR, { recursive: true, force: true });
    },
  };
}

/**
 * Writes the headers into the build as `_headers` (the format of Netlify and Cloudflare Pages), so
 * a host sends the exact policy, whose script hash changes with the language redirect.
 */
function headersFile(): Plugin {
  return {
    name: 'headers-file',
    apply: clientBuild,
    generateBundle() {
      const lines = Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: ['/*', ...lines, ''].join('\n') });
    },
  };
}

/**
 * In development nothing is prerendered: the English address gets its language, and the Chinese
 * one its redirect, as in the build, so the app starts in the language of the address.
 */
function devPages(): Plugin {
  return {
    name: 'dev-pages',
    apply: 'serve',
    transformIndexHtml: (html, { originalUrl }) =>
      originalUrl?.startsWith(PAGE_PATHS.en)
        ? html.replace('<html lang="zh-CN">', '<html lang="en">')
        : html.replace('</title>', `</title>\n    <script>${LANGUAGE_REDIRECT}</script>`),
  };
}

/**
 * Offline and installable: Workbox precaches the built app, and src/offline.ts registers the
 * service worker after the app has started, asking before it swaps in a new version.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: guideZhCN.title,
    short_name: '保号卡注销',
    description: stringsZhCN.pageDescription,
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1d5fbf',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), validateGuide(), contentSecurityPolicy(), lowPriorityEntry(), prerender(), headersFile(), devPages(), offline],
  build: {
    // Read by scripts/sizes.mjs to know which files a first visit loads.
    manifest: true,
  },
  preview: {
    headers: HEADERS,
  },
});
