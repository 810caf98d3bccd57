// Finds a Chromium to drive: CHROME_PATH, then the system's, then one Playwright installed.
import { chromium } from 'playwright-core';
import { findExecutable } from './browsers.mjs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Launch flags for a test browser: it may run as root (no sandbox) and without a GPU, and it makes
 * no connections of its own (updates, sync, component downloads), which a test must never depend on.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const findChromium = () => findExecutable('CHROME_PATH', [...SYSTEM_PATHS, chromium.executablePath()]);
