// Finds the executables of the browsers the tests drive.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The executable that the environment variable `envVar` names (null if that file does not
 * exist), else the first of `paths` that exists, else null.
 */
export function findExecutable(envVar, paths) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return paths.find((path) => existsSync(path)) ?? null;
}

/** A Firefox to drive: FIREFOX_PATH, else the system's (Debian's ESR first). */
export const findFirefox = () =>
  findExecutable('FIREFOX_PATH', [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);

/** WebKitGTK's WebDriver server: WEBKIT_DRIVER_PATH, else the system's (Debian's webkit2gtk-driver). */
export const findWebKitDriver = () => findExecutable('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']);

/**
 * Where WebKitGTK may keep its program `name`: in its own folder under a library folder (on Debian,
 * the architecture's) or under libexec, as distributions differ.
 */
function webkitPrograms(name) {
  const lib = '/usr/lib';
  const multiarch = existsSync(lib) ? readdirSync(lib).filter((folder) => folder.endsWith('-linux-gnu')) : [];
  const parents = [...multiarch.map((folder) => join(lib, folder)), lib, '/usr/libexec'];
  return ['webkit2gtk-4.1', 'webkitgtk-6.0'].flatMap((webkit) => parents.map((parent) => join(parent, webkit, name)));
}

/** WebKitGTK's MiniBrowser, which WebKitWebDriver starts: MINIBROWSER_PATH, else the system's. */
export const findMiniBrowser = () => findExecutable('MINIBROWSER_PATH', webkitPrograms('MiniBrowser'));

/** A virtual X display for MiniBrowser, which has no headless mode: XVFB_PATH, else the system's. */
export const findXvfb = () => findExecutable('XVFB_PATH', ['/usr/bin/Xvfb']);
