import { defineConfig } from 'vitest/config';

/**
 * End-to-end journeys in the browser engines of engines.ts, against the production build in dist/
 * (`npm run build` first). Run by `npm run test:engines`.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    // Each test starts a browser.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
