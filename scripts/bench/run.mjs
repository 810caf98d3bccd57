// npm run bench: builds, serves dist/ gzipped on 127.0.0.1 and measures it in the local Chromium.
//  1. Lighthouse (mobile settings, with the throttling applied to the page as it loads), 3 runs of
//     each page (Chinese and English) interleaved with 3 of its floor: the same prerendered page
//     with every script removed. Medians, and FCP(page) / FCP(its floor). Not Lighthouse's default
//     simulation: it estimates the first paint from what finished loading before it, and the page
//     is not drawn until it has been read to the end (rel="expect"), by when the app's small entry
//     script has often arrived; the estimate then counts that script's download as holding the
//     paint, which it does not.
//  2. Tickable: each page loaded 5 times, interleaved, with the CPU slowed 4× and a slow network
//     (tickable.mjs): first contentful paint, when the first box took a tick and stored it, when
//     every other control could be used, and the time long tasks blocked input after the first
//     paint. Medians, tickable / FCP and usable / FCP.
//  3. Scale: the app over a generated 1,000-item guide; first render and one tick, medians of 30.
//     Its first render is interleaved with that of a bare React list of the same items. Each is
//     timed as the main thread's CPU time (from a trace), not by the clock: when other programs
//     compete for the processor, the clock also counts the time the page waited for its turn.
//  4. Returning visits: the layout shift while the app starts, with ticks, a note and hidden
//     explanations stored (returning.mjs).
// `npm run bench -- --scale` runs only the third part.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import os from 'node:os';
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { readHostRules } from '../headers.mjs';
import { PAGES, measureInitialLoad, measureOnDemand } from '../sizes.mjs';
import { serveStatic } from '../serve.mjs';
import { measureReturning } from './returning.mjs';
import { measureTickable } from './tickable.mjs';

const RUNS = 3;
const TICKABLE_RUNS = 5;
const SCALE_SAMPLES = 30;
const PORT = 4320;
const SITE = resolve('.tmp/bench/site');
const base = `http://127.0.0.1:${PORT}`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

execSync('npm run build', { stdio: 'inherit' });
rmSync(SITE, { recursive: true, force: true });
cpSync('dist', SITE, { recursive: true });
/** A page with every script removed: what plain HTML with the same text and styles would do. */
const withoutScripts = (html) =>
  html.replace(/<script\b[^>]*>[^<]*<\/script>\s*/g, '').replace(/<link rel="prefetch"[^>]*>\s*/g, '');
for (const page of Object.keys(PAGES)) {
  mkdirSync(dirname(`${SITE}/floor/${page}`), { recursive: true });
  writeFileSync(`${SITE}/floor/${page}`, withoutScripts(readFileSync(`dist/${page}`, 'utf8')));
}

await build({
  configFile: false,
  logLevel: 'warn',
  root: resolve('scripts/bench'),
  base: '/scale/',
  mode: 'production',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^\.\/(guide\.zh-CN|shape)\.ts$/, replacement: resolve('scripts/bench/large-guide.ts') }],
  },
  build: {
    outDir: `${SITE}/scale`,
    emptyOutDir: true,
    rollupOptions: { input: ['scale.html', 'list.html'].map((page) => resolve('scripts/bench', page)) },
  },
});

const server = await serveStatic(SITE, PORT, readHostRules('dist'));
const executablePath = findChromium();
if (!executablePath)
  throw new Error('No Chromium found: run `node scripts/ensure-browsers.mjs chromium` or set CHROME_PATH.');

const scaleOnly = process.argv.includes('--scale');
try {
  const lighthouseResults = scaleOnly ? null : await runLighthouse(executablePath);
  const tickable = scaleOnly ? null : await runTickable(executablePath);
  const scale = await runScale(executablePath);
  const returning = scaleOnly ? null : await runReturning(executablePath);
  report(lighthouseResults, tickable, scale, returning);
} finally {
  server.close();
}

async function runLighthouse(chromePath) {
  const results = { app: [], floor: [], en: [], 'en floor': [] };
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const [name, path] of [
        ['app', '/'],
        ['floor', '/floor/'],
        ['en', '/en/'],
        ['en floor', '/floor/en/'],
      ]) {
        const { lhr } = await lighthouse(
          `${base}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' } },
        );
        const audit = (id) => lhr.audits[id].numericValue;
        const score = (id) => lhr.categories[id].score;
        results[name].push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
        });
        process.stdout.write(
          `lighthouse ${name} run ${run + 1}: FCP ${Math.round(audit('first-contentful-paint'))} ms\n`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function runTickable(executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    return await measureTickable(browser, { '/': `${base}/`, '/en/': `${base}/en/` }, TICKABLE_RUNS);
  } finally {
    await browser.close();
  }
}

async function runReturning(executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    return await measureReturning(browser, base);
  } finally {
    await browser.close();
  }
}

async function runScale(executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const url = `${base}/scale/scale.html`;
  /** The main thread's CPU time between the render's marks (measure-render.ts), in ms. */
  const firstRenderOf = async (pageUrl) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.firstRenderMs);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    const threadTime = (mark) => {
      const event = traceEvents.find((candidate) => candidate.name === mark);
      if (event?.tts === undefined) throw new Error(`the trace has no thread time for ${mark}`);
      return event.tts;
    };
    return (threadTime('first-render-end') - threadTime('first-render-start')) / 1000;
  };
  try {
    const firstRender = [];
    const bareList = [];
    for (let i = 0; i < SCALE_SAMPLES; i += 1) {
      firstRender.push(await firstRenderOf(url));
      bareList.push(await firstRenderOf(`${base}/scale/list.html`));
    }
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.firstRenderMs);
    const checkboxes = await page.evaluate(() => document.querySelectorAll('input[type=checkbox]').length);
    const tick = await page.evaluate(async (samples) => {
      const boxes = [...document.querySelectorAll('input[type=checkbox]')];
      const times = [];
      for (let i = 0; i < samples; i += 1) {
        const box = boxes[(i * 53) % boxes.length];
        const start = performance.now();
        box.click();
        await Promise.resolve(); // React commits a click's update in a microtask queued before this one
        times.push(performance.now() - start);
        if (!box.checked) throw new Error('the tick did not take');
        await new Promise((done) => setTimeout(done, 50));
      }
      return times;
    }, SCALE_SAMPLES);
    return { checkboxes, firstRender, bareList, tick };
  } finally {
    await browser.close();
  }
}

function report(lh, tickable, scale, returning) {
  const firstRender = median(scale.firstRender);
  const bareList = median(scale.bareList);
  const scaleLine =
    `Scale (${scale.checkboxes} items): first render median ${firstRender.toFixed(1)} ms of main-thread CPU time (target ≤ 150), ` +
    `${(firstRender / bareList).toFixed(2)}× a bare React list of the same items (${bareList.toFixed(1)} ms; guard ≤ 3×); ` +
    `one tick median ${median(scale.tick).toFixed(2)} ms (guard ≤ 16); ${SCALE_SAMPLES} samples each`;
  if (lh === null || tickable === null || returning === null) return console.log(`\n${scaleLine}`);
  const row = (label, key, format) =>
    `| ${label} | ${Object.keys(lh)
      .map((name) => format(median(lh[name].map((r) => r[key]))))
      .join(' | ')} |`;
  const ms = (value) => `${Math.round(value)} ms`;
  const scoreFormat = (value) => value.toFixed(2);
  const fcp = (name) => median(lh[name].map((r) => r.fcp));
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ` +
      `${execSync(`"${findChromium()}" --version`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n')
        .pop()}, ` +
      `Lighthouse mobile settings with the throttling applied (not simulated), median of ${RUNS} interleaved runs.`,
    '',
    '| metric | app, / | floor, / (same HTML, no JS) | app, /en/ | floor, /en/ |',
    '| --- | --- | --- | --- | --- |',
    row('Performance', 'performance', scoreFormat),
    row('Accessibility', 'accessibility', scoreFormat),
    row('Best practices', 'bestPractices', scoreFormat),
    row('SEO', 'seo', scoreFormat),
    row('First Contentful Paint', 'fcp', ms),
    row('Largest Contentful Paint', 'lcp', ms),
    row('Total Blocking Time', 'tbt', ms),
    row('Cumulative Layout Shift', 'cls', (value) => value.toFixed(3)),
    '',
    `FCP ratio app / floor: ${(fcp('app') / fcp('floor')).toFixed(2)} for /, ` +
      `${(fcp('en') / fcp('en floor')).toFixed(2)} for /en/ (target ≤ 1.10)`,
    '',
    `Tickable (CPU 4× slower, 150 ms round trips, 1.6 Mbit/s; median of ${TICKABLE_RUNS} interleaved first visits):`,
    ...Object.entries(tickable).map(([page, samples]) => {
      const of = (key) => median(samples.map((sample) => sample[key]));
      const ratio = (key) => median(samples.map((sample) => sample[key] / sample.fcp)).toFixed(2);
      return (
        `  ${page}: FCP ${ms(of('fcp'))}, first tick taken and stored ${ms(of('tickable'))}, ` +
        `tickable / FCP ${ratio('tickable')} (target ≤ 1.10); every control usable ${ms(of('usable'))}, ` +
        `usable / FCP ${ratio('usable')} (target ≤ 1.60); after the first paint, long tasks blocked input ` +
        `${ms(of('blocking'))} (target ≤ 100 ms), longest task ${ms(of('longest'))}`
      );
    }),
    '',
    ...Object.keys(PAGES).map((page) => {
      const sizes = measureInitialLoad('dist', page);
      return `Initial load of ${page}, gzip: JS ${sizes.js.toFixed(1)} kB, CSS ${sizes.css.toFixed(1)} kB, HTML ${sizes.html.toFixed(1)} kB`;
    }),
    `Loaded on demand, gzip, each with what it adds to a first visit of /: ${Object.entries(measureOnDemand('dist'))
      .map(([source, kb]) => `${source.replace(/^src\/(components\/)?/, '')} ${kb.toFixed(1)} kB`)
      .join(', ')}`,
    scaleLine,
    '',
    ...returning,
  ];
  console.log(`\n${lines.join('\n')}`);
}
