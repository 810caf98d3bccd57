// How soon a first visit can tick the first box, on a slow phone: Chromium with the CPU slowed 4×,
// 150 ms round trips and 1.6 Mbit/s down (Lighthouse's mobile settings, applied rather than
// simulated). Each run is a new browser context: no service worker, nothing stored.

/** Lighthouse's mobile throttling, applied through the DevTools protocol. */
const THROTTLING = {
  cpu: 4,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
};

/** A task this long or longer blocks input (as Lighthouse's Total Blocking Time counts it). */
const BLOCKING_MS = 50;

/** How long to keep watching for long tasks once the box took the tick. */
const SETTLE_MS = 2000;

/**
 * Runs in the page from its start: records first contentful paint and long tasks, taps the first
 * checkbox as soon as it can be used, until the tick is shown and stored, and records when every
 * other control is usable: when the app has taken the page (src/progress/stage.ts), so that a tap
 * on any of its controls is answered at once rather than held.
 */
function watch() {
  const report = { fcp: null, tickable: null, usable: null, longTasks: [] };
  window.__tickable = report;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') report.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) report.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const stored = () =>
    Object.keys(localStorage).some((key) => {
      try {
        return Object.keys(JSON.parse(localStorage.getItem(key))?.state?.done ?? {}).length > 0;
      } catch {
        return false;
      }
    });
  const attempt = () => {
    const box = document.querySelector('#root input[type="checkbox"]');
    if (box !== null && !box.disabled && !box.checked) box.click();
    if (box !== null && box.checked && stored()) report.tickable = performance.now();
    else setTimeout(attempt, 5);
  };
  attempt();
  const started = () => {
    if (document.documentElement?.getAttribute('data-stage') === 'app') report.usable = performance.now();
    else setTimeout(started, 5);
  };
  started();
}

/** One load of `url`: first contentful paint, when the first box took a tick, when every control could be used, and the blocking time. */
async function measureOnce(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLING.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
    await page.addInitScript(watch);
    await page.goto(url);
    await page.waitForFunction(
      () => window.__tickable.tickable !== null && window.__tickable.usable !== null && window.__tickable.fcp !== null,
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(SETTLE_MS);
    const { fcp, tickable, usable, longTasks } = await page.evaluate(() => window.__tickable);
    const afterPaint = longTasks.filter((task) => task.start >= fcp);
    return {
      fcp,
      tickable,
      usable,
      blocking: afterPaint.reduce((sum, task) => sum + Math.max(0, task.duration - BLOCKING_MS), 0),
      longest: Math.max(0, ...longTasks.map((task) => task.duration)),
    };
  } finally {
    await context.close();
  }
}

/** `runs` loads of each page, interleaved; returns each page's samples. */
export async function measureTickable(browser, pages, runs) {
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, url] of Object.entries(pages)) {
      const sample = await measureOnce(browser, url);
      samples[name].push(sample);
      process.stdout.write(
        `tickable ${name} run ${run + 1}: FCP ${Math.round(sample.fcp)} ms, tickable ${Math.round(sample.tickable)} ms, ` +
          `every control usable ${Math.round(sample.usable)} ms\n`,
      );
    }
  }
  return samples;
}
