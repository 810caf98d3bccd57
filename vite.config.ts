/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
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

/** Adds the CSP meta tag to the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (): HtmlTagDescriptor[] => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP.join('; ') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), validateGuide(), contentSecurityPolicy()],
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
