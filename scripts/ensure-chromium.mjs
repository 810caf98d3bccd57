// Makes sure there is a Chromium for the end-to-end tests: finds one, else tries to install one.
// Run by `npm run test:e2e` before `playwright test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function exitIfFound() {
  const path = findChromium();
  if (path) {
    console.log(`Chromium for the end-to-end tests: ${path}`);
    process.exit(0);
  }
}

function run(what, command, args, options = {}) {
  console.log(`No Chromium found; trying ${what}…`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) console.warn(`${what} did not run: ${result.error.message}`);
  else if (result.status !== 0) console.warn(`${what} failed (${result.status ?? result.signal}).`);
}

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no such file.`);
  process.exit(1);
}
exitIfFound();

// Fails on a closed network; the timeout keeps it from hanging there.
run('Playwright’s installer', 'npx', ['playwright', 'install', 'chromium'], { timeout: 180_000 });
exitIfFound();

if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const install = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';
  run('apt-get', 'sh', ['-c', install], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  exitIfFound();
}

console.error(
  'No Chromium for the end-to-end tests. Install Chromium (on Debian or Ubuntu: ' +
    '`apt-get install chromium fonts-noto-cjk`),\n' +
    'or set CHROME_PATH to the path of a Chrome or Chromium executable.',
);
process.exit(1);
