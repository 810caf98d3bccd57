import puppeteer, { type KeyInput, type LaunchOptions } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/browsers.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { readControl, type EngineDriver, type EngineName, type Target } from '../driver.ts';
import { describeTarget, inEngine } from './errors.ts';

/** How long to wait for an element, or for a page to load. */
const TIMEOUT_MS = 15_000;

/** Puppeteer's selector for `target`: its ARIA query (role and accessible name), or CSS. */
function selectorOf(target: Target): string {
  if ('css' in target) return target.css;
  if (/["\]]/.test(target.name)) throw new Error(`a name with " or ] cannot be looked up: ${target.name}`);
  return `::-p-aria([name="${target.name}"][role="${target.role}"])`;
}

/** Starts a headless browser with a new profile, and drives it as `engine`. */
async function launch(engine: EngineName, executablePath: string | null, options: LaunchOptions) {
  if (executablePath === null) {
    throw new Error(`[${engine}] No browser found: run \`node scripts/ensure-browsers.mjs ${engine}\`.`);
  }
  const browser = await inEngine(engine, 'launch', () =>
    puppeteer.launch({ ...options, executablePath, headless: true }),
  );
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT_MS);
  const locate = (target: Target) => page.locator(selectorOf(target));

  const driver: EngineDriver = {
    engine,
    open: (url) =>
      inEngine(engine, `open ${url}`, async () => {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      }),
    reload: () =>
      inEngine(engine, 'reload', async () => {
        await page.reload({ waitUntil: 'domcontentloaded' });
      }),
    evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args) {
      // Puppeteer's types also let element handles cross into the page; none cross this interface.
      const run = fn as unknown as (...values: unknown[]) => Result;
      return inEngine(engine, 'evaluate', () => page.evaluate(run, ...args));
    },
    click: (target) => inEngine(engine, `click ${describeTarget(target)}`, () => locate(target).click()),
    type: (target, text) => inEngine(engine, `type into ${describeTarget(target)}`, () => locate(target).fill(text)),
    read: (target) =>
      inEngine(engine, `read ${describeTarget(target)}`, async () => {
        const element = await locate(target).waitHandle();
        try {
          return await element.evaluate(readControl);
        } finally {
          await element.dispose();
        }
      }),
    press: (keys) =>
      inEngine(engine, `press ${keys}`, async () => {
        const chord = keys.split('+') as KeyInput[];
        const key = chord.pop();
        if (key === undefined) throw new Error('no key to press');
        for (const modifier of chord) await page.keyboard.down(modifier);
        await page.keyboard.press(key);
        for (const modifier of chord.reverse()) await page.keyboard.up(modifier);
      }),
    close: () => inEngine(engine, 'close', () => browser.close()),
  };
  return driver;
}

/** A headless Chromium (puppeteer's own protocol, CDP). */
export const launchChromium = () => launch('chromium', findChromium(), { browser: 'chrome', args: CHROMIUM_ARGS });

/** A headless Firefox, over WebDriver BiDi. */
export const launchFirefox = () => launch('firefox', findFirefox(), { browser: 'firefox' });
