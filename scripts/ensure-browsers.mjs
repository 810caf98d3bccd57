// Makes sure the browsers named on the command line (chromium, firefox) are there for the tests:
// finds each one, else tries to install it, else stops and says how to install it.
// Run by `npm run test:e2e` (chromium) and `npm run test:engines` (firefox).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFirefox } from './browsers.mjs';
import { findChromium } from './chromium.mjs';

/** How to find each browser, and how to get it when it is missing. */
const BROWSERS = {
  chromium: {
    name: 'Chromium',
    find: findChromium,
    envVar: 'CHROME_PATH',
    executable: 'a Chrome or Chromium executable',
    // Needs the network; the timeout keeps it from hanging without one.
    installer: {
      what: 'Playwright’s installer',
      command: 'npx',
      args: ['playwright', 'install', 'chromium'],
      timeout: 180_000,
    },
    aptPackages: ['chromium', 'fonts-noto-cjk'],
  },
  firefox: {
    name: 'Firefox',
    find: findFirefox,
    envVar: 'FIREFOX_PATH',
    executable: 'a Firefox executable',
    installer: null,
    aptPackages: ['firefox-esr'],
  },
};

function run(what, command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) console.warn(`${what} did not run: ${result.error.message}`);
  else if (result.status !== 0) console.warn(`${what} failed (${result.status ?? result.signal}).`);
}

/** Finds `browser`, installing it if need be; returns false if there is still none. */
function ensure({ name, find, envVar, executable, installer, aptPackages }) {
  const found = () => {
    const path = find();
    if (path) console.log(`${name} for the tests: ${path}`);
    return Boolean(path);
  };
  if (process.env[envVar] && !existsSync(process.env[envVar])) {
    console.error(`${envVar} is set to ${process.env[envVar]}, but there is no such file.`);
    return false;
  }
  if (found()) return true;

  if (installer) {
    console.log(`No ${name} found; trying ${installer.what}…`);
    run(installer.what, installer.command, installer.args, { timeout: installer.timeout });
    if (found()) return true;
  }
  const install = `apt-get install -y ${aptPackages.join(' ')}`;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`No ${name} found; trying apt-get…`);
    run('apt-get', 'sh', ['-c', `apt-get update && ${install}`], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (found()) return true;
  }
  console.error(
    `No ${name} for the tests. Install ${name} (on Debian or Ubuntu: \`${install}\`),\n` +
      `or set ${envVar} to the path of ${executable}.`,
  );
  return false;
}

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in BROWSERS));
if (names.length === 0 || unknown.length > 0) {
  console.error(`Usage: node scripts/ensure-browsers.mjs ${Object.keys(BROWSERS).join('|')}…`);
  process.exit(1);
}
// Every browser is looked for, so that one run reports everything that is missing.
const missing = names.filter((name) => !ensure(BROWSERS[name]));
process.exit(missing.length === 0 ? 0 : 1);
