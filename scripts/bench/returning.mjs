// How much a returning visit moves while the app starts: the layout shift, from navigation until the
// app has fully started, for each kind of stored state that changes the page, in both languages and
// at four widths, opened at the first step, which has the note.

const PROGRESS_KEY = 'tm-card-cancel:progress';
const PREFS_KEY = 'tm-card-cancel:prefs';
const WIDTHS = [320, 360, 768, 1280];
const NOTE = '工单号 A-2024-0117，周五下午三点前回电；营业厅：人民路店';
const progress = (done, notes = {}) => JSON.stringify({ state: { done, notes }, version: 2 });
const TICKS = { 'back-up-data': '2026-11-20T08:00:00.000Z', 'contact-carrier': '2026-11-22T10:00:00.000Z' };
const HIDDEN = JSON.stringify({ state: { showDetails: false, lang: 'zh-CN' }, version: 1 });

const CASES = [
  { name: 'ticks', stored: progress(TICKS), prefs: null },
  { name: 'a note', stored: progress(TICKS, { 'back-up-data': NOTE }), prefs: null },
  { name: 'explanations hidden', stored: progress(TICKS), prefs: HIDDEN },
  { name: 'a note, explanations hidden', stored: progress(TICKS, { 'back-up-data': NOTE }), prefs: HIDDEN },
];

/** The page's layout shifts from its start until the app has started and settled. */
async function shiftOf(browser, url, width, { stored, prefs }) {
  const context = await browser.newContext({ viewport: { width, height: 760 } });
  const page = await context.newPage();
  await page.addInitScript(
    ([seeds]) => {
      for (const [key, value] of seeds) if (value !== null) localStorage.setItem(key, value);
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    },
    [
      [
        [PROGRESS_KEY, stored],
        [PREFS_KEY, prefs],
      ],
    ],
  );
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-stage') === 'app');
  const shift = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await new Promise((resolve) => requestIdleCallback(resolve));
    for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    return window.__shift;
  });
  await context.close();
  return shift;
}

/** One line per page and kind of stored state: its layout shift at each width. */
export async function measureReturning(browser, origin) {
  const lines = [`Layout shift of a returning visit until the app has started (${WIDTHS.join(' / ')} px):`];
  for (const path of ['/', '/en/']) {
    for (const kind of CASES) {
      const shifts = [];
      for (const width of WIDTHS)
        shifts.push((await shiftOf(browser, `${origin}${path}#back-up-data`, width, kind)).toFixed(3));
      lines.push(`  ${path.padEnd(5)} ${kind.name.padEnd(28)} ${shifts.join(' / ')}`);
    }
  }
  return lines;
}
