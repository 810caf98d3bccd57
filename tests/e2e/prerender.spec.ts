import type { Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { allItems } from '../../src/content/guide.ts';
import { checkIds } from '../../src/content/structure.ts';
import { CHECKBOX_COUNT, guideIn, step } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox } from './helpers.ts';

const STORED = JSON.stringify({
  state: {
    done: {
      'back-up-data': '2026-11-20T08:00:00.000Z',
      'settle-bills': '2026-11-20T08:05:00.000Z',
      'contact-carrier': '2026-11-22T10:00:00.000Z',
    },
  },
  version: 1,
});

const ALL_DONE = JSON.stringify({
  state: {
    done: Object.fromEntries(allItems.flatMap(checkIds).map((id) => [id, '2026-11-25T08:00:00.000Z'])),
    notes: {},
  },
  version: 2,
});

test('the whole guide is in the HTML, readable without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideIn('zh-CN').title);
  await expect(page.getByRole('checkbox')).toHaveCount(CHECKBOX_COUNT);
  const waitForReview = step('wait-for-review');
  await expect(checkbox(page, waitForReview)).toHaveAccessibleDescription(waitForReview.detail);
  // Nothing is known about stored progress yet, so no box pretends to be ticked or unticked.
  for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeDisabled();
  await context.close();
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

// With some progress stored, opened at a done step, so the steps whose ticks and times appear are
// in view; with every step done, at the top, where the completion message shows; with none, at
// the top, where the next step (a long title in English) appears.
const CASES = [
  { name: 'stored ticks appear', stored: STORED, hash: '#settle-bills', checked: 3 },
  { name: 'every step done shows so', stored: ALL_DONE, hash: '', checked: CHECKBOX_COUNT },
  { name: 'a first visit starts', stored: null, hash: '', checked: 0 },
];
for (const path of ['./', 'en/']) {
  for (const width of [320, 360, 412, 1280]) {
    for (const { name, stored, hash, checked } of CASES) {
      const title = `${name} on hydration of ${path} with no error and no layout shift at ${width}px`;
      test(title, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript(
          ([key, progress]) => {
            if (progress !== null && sessionStorage.getItem('seeded') === null) {
              localStorage.setItem(key, progress);
              sessionStorage.setItem('seeded', 'yes');
            }
            const layoutShifts: number[] = [];
            const layoutShiftObserver = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) layoutShifts.push((entry as unknown as { value: number }).value);
            });
            layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
            Object.assign(window, { layoutShifts, layoutShiftObserver } satisfies ShiftWatch);
          },
          [STORAGE_KEY, stored] as const,
        );
        await page.goto(`${path}${hash}`);

        await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(checked);
        for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeEnabled();
        if (hash !== '') await expect(page.locator(`${hash} time`)).toBeInViewport();
        const completion = page.getByRole('heading', {
          name: guideIn(path === './' ? 'zh-CN' : 'en').completion.title,
        });
        await expect(completion).toBeVisible({ visible: stored === ALL_DONE });
        const shifts = await settledLayoutShifts(page);
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
      });
    }
  }
}
