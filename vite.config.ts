/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [react(), validateGuide(), contentSecurityPolicy(), lowPriorityEntry()],
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
