import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readHostRules } from '../scripts/headers.mjs';
import { LANGS } from '../src/content/lang.ts';
import { languageRedirect } from '../src/locale/languageRedirect.ts';
import { SERVICE_WORKER_POLICY } from '../src/serviceWorkerUrl.ts';
import { isClient } from './clientEnvironment.ts';
import { earlyScriptCode } from './earlyScript.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The Content-Security-Policy for a site hosted at `base`: nothing but our own files, no
 * inline code but the language redirect (by its hash, which depends on the base) and the early
 * script (`early`, by its hash), no plugins, no forms, no <base>, and no string reaching a sink
 * that runs code (Trusted Types) but the service worker's address, by the one policy the page
 * creates. `frame-ancestors` only works as a header, so the meta tag leaves it out.
 */
export const cspFor = (base: string, early: readonly string[]) => [
  "default-src 'self'",
  `script-src 'self' ${[languageRedirect(base), ...early].map(sha256).join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${SERVICE_WORKER_POLICY}`,
];

/**
 * Powerful features the page never uses, denied to it and to anything it could embed. Sharing
 * (web-share) and copying (clipboard-write) stay allowed: the page uses them.
 */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

/**
 * The headers every response should carry, written to `_headers` for hosts (and `vite preview`):
 * besides the policy, no MIME sniffing, no referrer, no unused features, a browsing context group
 * of its own (no window of another site keeps a handle on the page) and no file of it embedded by
 * another site. HSTS is left to the host that serves HTTPS (scripts/nginx.mjs).
 */
export const headersFor = (base: string, early: readonly string[]) => ({
  'Content-Security-Policy': [...cspFor(base, early), "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/** The early script of each language's page: the policy allows them all, on every page. */
export const earlyScripts = () => Promise.all(LANGS.map(earlyScriptCode));

/**
 * One policy, sent three ways: as a meta tag in the built pages (build/pages.ts; not in
 * development, where the dev server needs inline scripts for hot reload), as `_headers` in the
 * build (the format of Netlify and Cloudflare Pages, so a host sends the exact policy, whose script
 * hash changes with the language redirect), and by `vite preview`, from the `_headers` of the
 * build it serves.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      const { root, build } = server.config;
      const headers = Object.entries(readHostRules(resolve(root, build.outDir)).headers);
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of headers) response.setHeader(name, value);
        next();
      });
    },
    applyToEnvironment: isClient,
    async generateBundle() {
      const { base } = this.environment.config;
      const lines = Object.entries(headersFor(base, await earlyScripts())).map(
        ([name, value]) => `  ${name}: ${value}`,
      );
      this.emitFile({ type: 'asset', fileName: '_headers', source: [`${base}*`, ...lines, ''].join('\n') });
    },
  };
}
