import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devPages } from './build/devPages.ts';
import { lowPriorityEntry } from './build/lowPriorityEntry.ts';
import { offline } from './build/offline.ts';
import { prerender } from './build/prerender.ts';
import { securityHeaders } from './build/securityHeaders.ts';
import { siteBase } from './build/siteBase.ts';
import { validateGuides } from './build/validateGuides.ts';

/** The build's own plugins live in build/, one file each. */
export default defineConfig({
  plugins: [
    react(),
    siteBase(),
    validateGuides(),
    securityHeaders(),
    lowPriorityEntry(),
    prerender('src/entry-server.tsx'),
    devPages(),
    offline(),
  ],
  build: {
    // Read by scripts/sizes.mjs to know which files a first visit loads.
    manifest: true,
    // The polyfill only makes browsers without <link rel="modulepreload"> (Safari before 17) fetch
    // the few chunks the app loads later a little sooner; every visitor would download it.
    modulePreload: { polyfill: false },
  },
});
