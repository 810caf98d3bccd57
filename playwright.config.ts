import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** A port no other program listens on, so that two checkouts can run their tests at once. */
const freePort = () =>
  execFileSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: 'utf8' },
  );

// Chosen once, by the runner; its workers read the config again and inherit the environment.
process.env.E2E_PORT ??= freePort();
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const executablePath = findChromium() ?? undefined;

/** End-to-end tests against the production build in dist/ (`npm run build` first). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  // Tests wait for conditions, never for set times; these are only the limits of that waiting. The
  // slowest test (axe over a fully ticked page) takes about 10 s, and a page load with hydration
  // about 1 s, when the processor is free; both take several times that when it is shared.
  timeout: 60_000,
  expect: { timeout: 15_000 },
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
    command: `npx vite preview --host 127.0.0.1 --port ${process.env.E2E_PORT} --strictPort`,
    url: baseURL,
    timeout: 60_000,
    // Vite releases its per-project command lock on SIGINT, not on Playwright's default SIGKILL;
    // a lock left behind makes the next `vite preview` refuse to start.
    gracefulShutdown: { signal: 'SIGINT', timeout: 5_000 },
  },
});
