import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { devPages } from './build/devPages.ts';
import { guideStructure } from './build/guideStructure.ts';
import { offline } from './build/offline.ts';
import { prerender } from './build/prerender.ts';
import { securityHeaders } from './build/securityHeaders.ts';
import { siteBase } from './build/siteBase.ts';
import { startChunk } from './build/startChunk.ts';
import { validateGuides } from './build/validateGuides.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The build's own plugins live in build/, one file each. */
export default defineConfig({
  plugins: [
    react(),
    siteBase(),
    validateGuides(),
    guideStructure(),
    securityHeaders(),
    // What src/main.tsx starts the app with: fetched while the page paints.
    prerender('src/entry-server.tsx', (lang) => ['src/start.tsx', `src/content/locale.${lang}.ts`]),
    devPages(),
    offline(),
  ],
  build: {
    // Read by scripts/sizes.mjs to know which files a first visit loads.
    manifest: true,
    // No preload helper in the page: the page itself prefetches what the app starts with (prerender).
    modulePreload: false,
  },
  environments: {
    client: {
      build: {
        rolldownOptions: { output: { codeSplitting: startChunk(fromRoot('src/start.tsx'), fromRoot('src/main.tsx')) } },
      },
    },
  },
});
