// A returning visit: whatever is stored shows from the first paint, taking ticks before the app
// starts, and nothing moves when it does. Layout is the same wherever the site is hosted, so this
// runs at the root only (playwright.config.ts).
import type { Page } from '@playwright/test';
import { allItems } from '../../src/content/guide.ts';
import { stringsEn } from '../../src/content/strings.en.ts';
import { stringsZhCN } from '../../src/content/strings.zh-CN.ts';
import { tickableIdsOf } from '../../src/content/structure.ts';
import type { Lang } from '../../src/content/lang.ts';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { CHECKBOX_COUNT, guideIn } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { appStarted, holdTheApp } from './helpers.ts';

const stringsIn = (lang: Lang) => (lang === 'en' ? stringsEn : stringsZhCN);

const STORED = JSON.stringify({
  state: {
    done: {
      'back-up-data': '2026-11-20T08:00:00.000Z',
      'settle-bills': '2026-11-20T08:05:00.000Z',
      'contact-carrier': '2026-11-22T10:00:00.000Z',
    },
    notes: {},
  },
  version: 2,
});

const ALL_DONE = JSON.stringify({
  state: {
    done: Object.fromEntries(allItems.flatMap(tickableIdsOf).map((id) => [id, '2026-11-25T08:00:00.000Z'])),
    notes: {},
  },
  version: 2,
});

/** Set up before the page's own scripts: every layout shift it reports, from the first on. */
interface ShiftWatch {
  layoutShifts: number[];
  layoutShiftObserver: PerformanceObserver;
}

/**
 * The layout shifts of the page once it has settled: its start has finished (the service worker,
 * which it registers last, is ready), its fonts are loaded, it has had nothing left to do for a
 * moment (an idle callback), and two frames have been drawn since, so that whatever it changed
 * meanwhile has been laid out and reported.
 */
function settledLayoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    const watch = window as unknown as ShiftWatch;
    const unreported = watch.layoutShiftObserver.takeRecords();
    return [...watch.layoutShifts, ...unreported.map((entry) => (entry as unknown as { value: number }).value)];
  });
}

/** Where every box, explanation and note is on the page, in page coordinates. */
const layoutOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main input, main li > p[id]')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x, y + window.scrollY, width, height].map(Math.round).join(',');
    }),
  );

const NOTE = '工单号 A-2024-0117，周五下午三点前回电；营业厅：人民路店';
const WITH_NOTE = JSON.stringify({
  state: {
    done: { 'back-up-data': '2026-11-20T08:00:00.000Z', 'contact-carrier': '2026-11-22T10:00:00.000Z' },
    notes: { 'contact-carrier': NOTE },
  },
  version: 2,
});
/** The preferences of someone who chose `lang`, and to see the explanations or not. */
const prefs = (lang: Lang, hidden: boolean) => JSON.stringify({ state: { showDetails: !hidden, lang }, version: 1 });

// Everything stored that the page shows differently: ticks (opened at a done step, so that the
// steps whose ticks and times appear are in view), a note (opened at its step), hidden
// explanations, both, every step done (at the top, where the completion message shows), and a
// first visit (where the next step, a long title in English, appears).
const CASES = [
  { name: 'stored ticks appear', stored: STORED, hidden: false, hash: '#settle-bills', checked: 3, note: false },
  { name: 'a note shows', stored: WITH_NOTE, hidden: false, hash: '#contact-carrier', checked: 2, note: true },
  { name: 'explanations stay hidden', stored: STORED, hidden: true, hash: '', checked: 3, note: false },
  {
    name: 'a note and hidden explanations show',
    stored: WITH_NOTE,
    hidden: true,
    hash: '#contact-carrier',
    checked: 2,
    note: true,
  },
  { name: 'every step done shows so', stored: ALL_DONE, hidden: false, hash: '', checked: CHECKBOX_COUNT, note: false },
  { name: 'a first visit starts', stored: null, hidden: false, hash: '', checked: 0, note: false },
];
// Each page at every width; and, at one width, someone who chose English opening the Chinese address,
// whom the page's head sends to the English page before anything is drawn.
const PAGES = [
  { path: './', lang: 'zh-CN', widths: [320, 360, 768, 1280], name: './' },
  { path: 'en/', lang: 'en', widths: [320, 360, 768, 1280], name: 'en/' },
  { path: './', lang: 'en', widths: [360], name: './ having chosen English' },
] as const;
for (const { path, lang, widths, name: pageName } of PAGES) {
  for (const width of widths) {
    for (const { name, stored, hidden, hash, checked, note } of CASES) {
      const title = `${name} from the first paint of ${pageName}, and nothing moves when the app starts, at ${width}px`;
      test(title, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript(
          ([seeds]) => {
            if (sessionStorage.getItem('seeded') === null) {
              for (const [key, value] of seeds) if (value !== null) localStorage.setItem(key, value);
              sessionStorage.setItem('seeded', 'yes');
            }
            const layoutShifts: number[] = [];
            const layoutShiftObserver = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) layoutShifts.push((entry as unknown as { value: number }).value);
            });
            layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
            Object.assign(window, { layoutShifts, layoutShiftObserver } satisfies ShiftWatch);
          },
          [
            [
              [STORAGE_KEY, stored],
              [PREFS_KEY, prefs(lang, hidden)],
            ],
          ] as const,
        );
        const release = await holdTheApp(page);
        await page.goto(`${path}${hash}`);

        // Before the app: the page as the person left it, in their language, taking ticks.
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(checked);
        for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeEnabled();
        const guide = guideIn(lang);
        await expect(page.getByText(guide.sections[0]?.items[0]?.detail ?? '')).toBeVisible({
          visible: !hidden,
        });
        if (note) await expect(page.getByText(NOTE)).toBeInViewport();
        const completion = page.getByRole('heading', { name: guide.completion.title });
        await expect(completion).toBeVisible({ visible: stored === ALL_DONE });
        const before = await layoutOf(page);

        release();
        await appStarted(page);
        await expect(
          page.getByRole('button', { name: stringsIn(lang).details[hidden ? 'show' : 'hide'] }),
        ).toBeVisible();
        if (hash !== '') await expect(page.locator(`${hash} time`)).toBeInViewport();
        const shifts = await settledLayoutShifts(page);
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
        expect(await layoutOf(page)).toEqual(before);
      });
    }
  }
}
