/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { guideZhCN } from './src/content/guide.zh-CN.ts';
import { parseGuide } from './src/content/schema.ts';

/** Fails the build with a readable message when the guide breaks its schema. */
function validateGuide(): Plugin {
  return {
    name: 'validate-guide',
    buildStart() {
      parseGuide(guideZhCN);
    },
  };
}

/**
 * The page's Content-Security-Policy: nothing but our own files, no inline code, no plugins, no
 * forms, no <base>. `frame-ancestors` only works as a header, so the meta tag leaves it out.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
const CSP_HEADER = [...CSP, "frame-ancestors 'none'"].join('; ');

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
    description: '注销 TM 卡保号卡的分步清单：逐项勾选，进度只保存在本机。',
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
  plugins: [react(), validateGuide(), contentSecurityPolicy(), lowPriorityEntry(), offline],
  build: {
    // Read by scripts/sizes.mjs to know which files a first visit loads.
    manifest: true,
  },
  preview: {
    headers: {
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
