import type { Page } from '@playwright/test';
import { onDemandEn } from '../../src/content/onDemand.en.ts';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsEn } from '../../src/content/strings.en.ts';
import { stringsZhCN } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, expectReady, openProgressActions, storedDoneIds, tick } from './helpers.ts';

/** The page's own entry script, as the build names it. */
const ENTRY = /\/assets\/index-[\w-]+\.js$/;
const SCRIPT = /\/assets\/[\w.-]+\.js$/;

/** Records unhandled rejections in the page, which Playwright does not report on its own. */
async function collectRejections(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { unhandledRejections: seen });
    window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
  });
  return () => page.evaluate(() => (window as unknown as { unhandledRejections: string[] }).unhandledRejections);
}

const PAGES = [
  { path: './', lang: 'zh-CN', text: onDemandZhCN.startFailed, reload: stringsZhCN.update.reload },
  { path: './en/', lang: 'en', text: onDemandEn.startFailed, reload: stringsEn.update.reload },
] as const;

// Nothing cached: as on a visit after a deploy replaced the app's code, or on a broken network.
test.use({ serviceWorkers: 'block' });

for (const { path, lang, text, reload } of PAGES) {
  test(`${lang}: with the app's code blocked, the page says so, 刷新 reloads it, and the boxes still store ticks`, async ({
    page,
    pageGuard,
  }) => {
    const rejections = await collectRejections(page);
    await pageGuard.blockRequests(page, SCRIPT, ENTRY);
    await page.goto(path);
    const notice = page.getByRole('alert').filter({ hasText: text });
    await expect(notice).toBeVisible({ timeout: 5_000 });

    const box = item('back-up-data', lang);
    await expectReady(page);
    await tick(page, box);
    expect(await storedDoneIds(page)).toEqual([box.id]);

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: reload }).click();
    await reloaded;
    await expect(checkbox(page, box)).toBeChecked();
    expect(await rejections()).toEqual([]);
  });
}

test('with the page’s own entry blocked, the page says so and the boxes still store ticks', async ({
  page,
  pageGuard,
}) => {
  const rejections = await collectRejections(page);
  await pageGuard.blockRequests(page, ENTRY);
  await page.goto('./');
  const notice = page.getByRole('alert').filter({ hasText: onDemandZhCN.startFailed });
  await expect(notice).toBeVisible({ timeout: 5_000 });
  await expectReady(page);
  await tick(page, item('keep-records'));
  expect(await storedDoneIds(page)).toEqual(['keep-records']);
  expect(await rejections()).toEqual([]);
});

test('with the app started, the notice stays hidden', async ({ page }) => {
  await page.goto('./');
  await expectReady(page);
  await openProgressActions(page);
  await expect(page.getByRole('button', { name: stringsZhCN.reset.button })).toBeVisible();
  await expect(page.getByText(onDemandZhCN.startFailed)).toBeHidden();
});

test('a dialog whose code cannot be loaded says so in its place, and the checklist works on', async ({
  page,
  pageGuard,
}) => {
  await pageGuard.blockRequests(page, /\/assets\/ResetDialog-[\w-]+\.js$/);
  await page.goto('./');
  await expectReady(page);
  await tick(page, item('back-up-data'));
  await openProgressActions(page);
  await page.getByRole('button', { name: stringsZhCN.reset.button }).click();
  await expect(page.getByRole('alert').filter({ hasText: stringsZhCN.loadFailed })).toBeVisible();
  await tick(page, item('keep-records'));
  expect(await storedDoneIds(page)).toEqual(['back-up-data', 'keep-records']);
  await expect(page.getByText(onDemandZhCN.startFailed)).toBeHidden();
});
