import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in Node; component tests render the app in jsdom. Apart from its plugins, the
 * app's Vite config (vite.config.ts) is about the build, which no test here needs: tests that
 * start the app mock the service worker's registration (src/offline.ts).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // Rendering the whole app in jsdom takes 0.3–2.5 s a test when the processor is free and
          // up to 12 s when other work crowds it: allow five times that before calling it stuck.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
