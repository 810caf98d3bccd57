import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { offline } from './build/offline.ts';
import { pages } from './build/pages.ts';
import { securityHeaders } from './build/securityHeaders.ts';
import { startChunk } from './build/startChunk.ts';
import { validateGuides } from './build/validateGuides.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The build's own plugins live in build/, one file each. */
export default defineConfig({
  plugins: [
    react(),
    validateGuides(),
    securityHeaders(),
    // What src/main.tsx starts the app with: fetched while the page paints.
    pages('src/entry-server.tsx', (lang) => ['src/start.tsx', `src/content/locale.${lang}.ts`]),
    offline(),
  ],
  build: {
    // Read by scripts/sizes.mjs to know which files a first visit loads.
    manifest: true,
    // No preload helper in the page: the page itself prefetches what the app starts with (build/pages.ts).
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
