import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { readHostRules } from './scripts/headers.mjs';
import type { SiteOptions } from './tests/e2e/fixtures.ts';

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

/**
 * The builds under test, each served at the base it was made for (its `_headers` says which):
 * `dist` (`npm run build`) at the domain's root, and `dist-prefixed` (`npm run build:prefixed`)
 * under a path, with 404 for every address outside it, so a link that escapes fails a test.
 */
const SITES = [
  { buildDir: 'dist', portVar: 'E2E_PORT' },
  { buildDir: 'dist-prefixed', portVar: 'E2E_PREFIXED_PORT' },
].map(({ buildDir, portVar }) => {
  if (!existsSync(join(buildDir, '_headers')))
    throw new Error(`No build in ${buildDir}/: run npm run build and npm run build:prefixed first.`);
  // Chosen once, by the runner; its workers read the config again and inherit the environment.
  process.env[portVar] ??= freePort();
  const { base } = readHostRules(buildDir);
  return {
    name: base === '/' ? 'chromium' : `chromium under ${base}`,
    buildDir,
    base,
    port: process.env[portVar],
    url: `http://127.0.0.1:${process.env[portVar]}${base}`,
  };
});
const executablePath = findChromium() ?? undefined;

/** End-to-end tests against the production builds (`npm run build` first). */
export default defineConfig<SiteOptions>({
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
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: SITES.map(({ name, base, url, buildDir }) => ({
    name,
    use: { baseURL: url, buildDir },
    // Under a path, the specs where addresses matter: those about the look, keys and sizes of the
    // page are the same wherever it is hosted, and run once, at the root.
    ...(base === '/' ? {} : { testIgnore: /(accessibility|budgets|keyboard|layout|print|returning|steps)\.spec\.ts$/ }),
  })),
  webServer: SITES.map(({ buildDir, port, url }) => ({
    command: `node scripts/serve.mjs ${buildDir} ${port}`,
    url,
    timeout: 60_000,
  })),
});
