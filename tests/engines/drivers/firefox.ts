import puppeteer, { type KeyInput } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/browsers.mjs';
import { readControl, type EngineDriver, type Target } from '../driver.ts';

/** How long to wait for an element, or for a page to load. */
const TIMEOUT_MS = 15_000;

/** Puppeteer's selector for `target`: its ARIA query (role and accessible name), or CSS. */
function selectorOf(target: Target): string {
  if ('css' in target) return target.css;
  if (/["\]]/.test(target.name)) throw new Error(`a name with " or ] cannot be looked up: ${target.name}`);
  return `::-p-aria([name="${target.name}"][role="${target.role}"])`;
}

/** Starts a headless Firefox with a new profile, driven over WebDriver BiDi. */
export async function launchFirefox(): Promise<EngineDriver> {
  const executablePath = findFirefox();
  if (executablePath === null) {
    throw new Error('No Firefox found: run `node scripts/ensure-browsers.mjs firefox`.');
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT_MS);
  const locate = (target: Target) => page.locator(selectorOf(target));

  return {
    engine: 'firefox',
    async open(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async reload() {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args) {
      // Puppeteer's types also let element handles cross into the page; none cross this interface.
      const run = fn as unknown as (...values: unknown[]) => Result;
      return page.evaluate(run, ...args);
    },
    async click(target) {
      await locate(target).click();
    },
    async type(target, text) {
      await locate(target).fill(text);
    },
    async read(target) {
      const element = await locate(target).waitHandle();
      try {
        return await element.evaluate(readControl);
      } finally {
        await element.dispose();
      }
    },
    async press(keys) {
      const chord = keys.split('+') as KeyInput[];
      const key = chord.pop();
      if (key === undefined) throw new Error('no key to press');
      for (const modifier of chord) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of chord.reverse()) await page.keyboard.up(modifier);
    },
    close: () => browser.close(),
  };
}
