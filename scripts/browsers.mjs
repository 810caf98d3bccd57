// Finds the executables of the browsers the tests drive.
import { existsSync } from 'node:fs';

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
