/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ConfigEnv, type Plugin, type UserConfig } from 'vite';
import { devPages } from './build/devPages.ts';
import { lowPriorityEntry } from './build/lowPriorityEntry.ts';
import { offline } from './build/offline.ts';
import { securityHeaders } from './build/securityHeaders.ts';
import { validateGuides } from './build/validateGuides.ts';

/** Where `npm run build` first puts the server build of src/entry-server.tsx, for prerendering. */
const SSR_OUT_DIR = '.tmp/ssr';

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

export default defineConfig({
  plugins: [react(), validateGuides(), securityHeaders(), lowPriorityEntry(), prerender(), devPages(), offline()],
  build: {
    // Read by scripts/sizes.mjs to know which files a first visit loads.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
