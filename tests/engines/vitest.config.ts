import { defineConfig } from 'vitest/config';

/**
 * End-to-end journeys in the browser engines of engines.ts (Chromium, Firefox, WebKit), against the
 * production build made for a path (server.ts; `npm run build:prefixed` first). Run by
 * `npm run test:engines`; to run them in some engines only, name those in ENGINES:
 * `ENGINES=webkit npm run test:engines`.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    // Each test starts a browser and waits on it, which can take a while under load.
    testTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
