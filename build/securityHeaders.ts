import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { LANGUAGE_REDIRECT } from '../src/locale/languageRedirect.ts';
import { isClient } from './clientEnvironment.ts';
import { replaceInPage } from './replaceInPage.ts';

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

const CHARSET = '<meta charset="UTF-8" />';

/**
 * One policy, sent three ways: as a meta tag in the built page (right after the charset; not in
 * development, where the dev server needs inline scripts for hot reload), as `_headers` in the
 * build (the format of Netlify and Cloudflare Pages, so a host sends the exact policy, whose script
 * hash changes with the language redirect), and by `vite preview`.
 */
export function securityHeaders(): Plugin[] {
  return [
    {
      name: 'security-headers:preview',
      config: () => ({ preview: { headers: HEADERS } }),
    },
    {
      name: 'security-headers:build',
      apply: 'build',
      applyToEnvironment: isClient,
      transformIndexHtml: (html) =>
        replaceInPage(
          'security-headers',
          html,
          CHARSET,
          `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${CSP.join('; ')}" />`,
        ),
      generateBundle() {
        const lines = Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`);
        this.emitFile({ type: 'asset', fileName: '_headers', source: ['/*', ...lines, ''].join('\n') });
      },
    },
  ];
}
