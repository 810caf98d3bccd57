import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readHostRules } from '../scripts/headers.mjs';
import { LANGS } from '../src/content/lang.ts';
import { languageRedirect } from '../src/locale/languageRedirect.ts';
import { isClient } from './clientEnvironment.ts';
import { earlyScriptCode } from './earlyScript.ts';
import { replaceInPage } from './replaceInPage.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's Content-Security-Policy for a site hosted at `base`: nothing but our own files, no
 * inline code but the language redirect (by its hash, which depends on the base) and the early
 * script (`early`, by its hash), no plugins, no forms, no <base>. `frame-ancestors` only works as
 * a header, so the meta tag leaves it out.
 */
const cspFor = (base: string, early: readonly string[]) => [
  "default-src 'self'",
  `script-src 'self' ${[languageRedirect(base), ...early].map(sha256).join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The headers every response should carry, written to `_headers` for hosts (and `vite preview`). */
const headersFor = (base: string, early: readonly string[]) => ({
  'Content-Security-Policy': [...cspFor(base, early), "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

const CHARSET = '<meta charset="UTF-8" />';

/** The early script of each language's page: the policy allows them all, on every page. */
const earlyScripts = () => Promise.all(LANGS.map(earlyScriptCode));

/**
 * One policy, sent three ways: as a meta tag in the built page (right after the charset; not in
 * development, where the dev server needs inline scripts for hot reload), as `_headers` in the
 * build (the format of Netlify and Cloudflare Pages, so a host sends the exact policy, whose script
 * hash changes with the language redirect), and by `vite preview`, from the `_headers` of the
 * build it serves.
 */
export function securityHeaders(): Plugin[] {
  let base = '/';
  return [
    {
      name: 'security-headers:preview',
      configurePreviewServer(server) {
        const { root, build } = server.config;
        const headers = Object.entries(readHostRules(resolve(root, build.outDir)).headers);
        server.middlewares.use((_request, response, next) => {
          for (const [name, value] of headers) response.setHeader(name, value);
          next();
        });
      },
    },
    {
      name: 'security-headers:build',
      apply: 'build',
      applyToEnvironment: isClient,
      configResolved(config) {
        base = config.base;
      },
      async transformIndexHtml(html) {
        const csp = cspFor(base, await earlyScripts()).join('; ');
        return replaceInPage(
          'security-headers',
          html,
          CHARSET,
          `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      },
      async generateBundle() {
        const lines = Object.entries(headersFor(base, await earlyScripts())).map(
          ([name, value]) => `  ${name}: ${value}`,
        );
        this.emitFile({ type: 'asset', fileName: '_headers', source: [`${base}*`, ...lines, ''].join('\n') });
      },
    },
  ];
}
