import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const PORT = 4173;
const baseURL = `http://127.0.0.1:${PORT}`;
const executablePath = findChromium() ?? undefined;

/** End-to-end tests against the production build in dist/ (`npm run build` first). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // Vite releases its per-project command lock on SIGINT, not on Playwright's default SIGKILL;
    // a lock left behind makes the next `vite preview` refuse to start.
    gracefulShutdown: { signal: 'SIGINT', timeout: 5_000 },
  },
});
