// Makes sure the browsers named on the command line (chromium, firefox, webkit) are there for the
// tests: finds each one, else tries to install it, else stops and says how to install it.
// Run by `npm run test:e2e` (chromium) and `npm run test:engines` (all three).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFirefox, findMiniBrowser, findWebKitDriver, findXvfb } from './browsers.mjs';
import { findChromium } from './chromium.mjs';

/**
 * How to find each browser (every program it needs: how to find it, the environment variable that
 * can name it, what that must name), and how to get it when it is missing.
 */
const BROWSERS = {
  chromium: {
    name: 'Chromium',
    programs: [{ find: findChromium, envVar: 'CHROME_PATH', executable: 'a Chrome or Chromium executable' }],
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
    programs: [{ find: findFirefox, envVar: 'FIREFOX_PATH', executable: 'a Firefox executable' }],
    installer: null,
    aptPackages: ['firefox-esr'],
  },
  webkit: {
    name: 'WebKitGTK',
    // MiniBrowser comes with the WebKitGTK library that webkit2gtk-driver depends on.
    programs: [
      { find: findWebKitDriver, envVar: 'WEBKIT_DRIVER_PATH', executable: 'WebKitWebDriver' },
      { find: findMiniBrowser, envVar: 'MINIBROWSER_PATH', executable: 'WebKitGTK’s MiniBrowser' },
      { find: findXvfb, envVar: 'XVFB_PATH', executable: 'Xvfb' },
    ],
    installer: null,
    aptPackages: ['webkit2gtk-driver', 'xvfb'],
  },
};

function run(what, command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) console.warn(`${what} did not run: ${result.error.message}`);
  else if (result.status !== 0) console.warn(`${what} failed (${result.status ?? result.signal}).`);
}

/** Finds `browser`, installing it if need be; returns false if there is still none. */
function ensure({ name, programs, installer, aptPackages }) {
  const found = () => {
    const paths = programs.map(({ find }) => find());
    if (paths.every(Boolean)) console.log(`${name} for the tests: ${paths.join(', ')}`);
    return paths.every(Boolean);
  };
  const misnamed = programs.filter(({ envVar }) => process.env[envVar] && !existsSync(process.env[envVar]));
  for (const { envVar } of misnamed) {
    console.error(`${envVar} is set to ${process.env[envVar]}, but there is no such file.`);
  }
  if (misnamed.length > 0) return false;
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
  const missing = programs.filter(({ find }) => !find());
  console.error(
    `No ${name} for the tests. Install ${name} (on Debian or Ubuntu: \`${install}\`),\n` +
      missing.map(({ envVar, executable }) => `or set ${envVar} to the path of ${executable}`).join(',\n') +
      '.',
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
