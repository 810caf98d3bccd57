import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectReady, ITEMS, openChecklist, tick } from './helpers.ts';

const ENGLISH_TITLE = 'Cancelling a TM number-keeping SIM: a step-by-step checklist';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('English is fetched only when asked for, moves to its own address, and shares the progress', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openChecklist(page);
  await tick(page, ITEMS.settleBills);
  const before = [...scripts];

  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);
  expect(scripts.length, 'the English text arrives in its own script, fetched on demand').toBeGreaterThan(before.length);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(ENGLISH_TITLE);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await expect(page.getByRole('checkbox', { name: 'Pay everything you owe' })).toBeChecked();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(heading(page)).toHaveText('注销 TM 卡保号卡：分步清单');
  expect(new URL(page.url()).pathname).toBe('/');
  await page.reload();
  await expectReady(page);
  await expect(heading(page)).toHaveText('注销 TM 卡保号卡：分步清单');
});

test('the English page is prerendered: it reads in English before, and without, JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/en/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(ENGLISH_TITLE);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^A step-by-step checklist/);
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);
  await expect(page.getByRole('checkbox', { name: 'Pay everything you owe' })).toBeVisible();
  await expect(page.getByText('结清所有欠费')).toHaveCount(0);
  await context.close();
});

test('someone who chose English is taken to the English page before anything is drawn, keeping the link to a step', async ({ page }) => {
  await openChecklist(page);
  await tick(page, ITEMS.waitForReview);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);

  // The Chinese page must not get as far as drawing a frame: record it if it does.
  await page.addInitScript(() => {
    if (window.location.pathname === '/') requestAnimationFrame(() => sessionStorage.setItem('zh-drawn', 'yes'));
  });
  await page.goto(`/#${ITEMS.keepRecords.id}`);
  await expect(page).toHaveURL(`/en/#${ITEMS.keepRecords.id}`);
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);
  await expect(page.getByRole('checkbox', { name: 'Keep the cancellation records' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Wait for the review' })).toBeChecked();
  expect(await page.evaluate(() => sessionStorage.getItem('zh-drawn')), 'the Chinese page was drawn first').toBeNull();
});
