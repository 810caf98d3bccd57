import type { Page } from '@playwright/test';
import { LANGUAGE_NAMES } from '../../src/content/lang.ts';
import { stringsEn } from '../../src/content/strings.en.ts';
import { guideIn, item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, expectReady, openChecklist, tick } from './helpers.ts';

const ENGLISH_TITLE = guideIn('en').title;
const CHINESE_TITLE = guideIn('zh-CN').title;
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('English is fetched only when asked for, moves to its own address, and shares the progress', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openChecklist(page);
  await tick(page, item('settle-bills'));
  const before = [...scripts];

  await page.getByRole('button', { name: LANGUAGE_NAMES.en }).click();
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);
  expect(scripts.length, 'the English text arrives in its own script, fetched on demand').toBeGreaterThan(
    before.length,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(ENGLISH_TITLE);
  await expect(page).toHaveURL('en/');
  await expect(checkbox(page, item('settle-bills', 'en'))).toBeChecked();

  await page.getByRole('button', { name: LANGUAGE_NAMES['zh-CN'] }).click();
  await expect(heading(page)).toHaveText(CHINESE_TITLE);
  await expect(page).toHaveURL('./');
  await page.reload();
  await expectReady(page);
  await expect(heading(page)).toHaveText(CHINESE_TITLE);
});

test('the English page is prerendered: it reads in English before, and without, JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('en/', baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(ENGLISH_TITLE);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', stringsEn.pageDescription);
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);
  await expect(checkbox(page, item('settle-bills', 'en'))).toBeVisible();
  await expect(page.getByText(item('settle-bills').title)).toHaveCount(0);
  await context.close();
});

test('someone who chose English is taken to the English page before anything is drawn, keeping the link to a step', async ({
  page,
  baseURL,
}) => {
  await openChecklist(page);
  await tick(page, item('wait-for-review'));
  await page.getByRole('button', { name: LANGUAGE_NAMES.en }).click();
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);

  // The Chinese page must not get as far as drawing a frame: record it if it does.
  await page.addInitScript(
    (chinese) => {
      if (window.location.pathname === chinese) requestAnimationFrame(() => sessionStorage.setItem('zh-drawn', 'yes'));
    },
    new URL(baseURL ?? '').pathname,
  );
  await page.goto('./#keep-records');
  await expect(page).toHaveURL('en/#keep-records');
  await expect(heading(page)).toHaveText(ENGLISH_TITLE);
  await expect(checkbox(page, item('keep-records', 'en'))).toBeFocused();
  await expect(checkbox(page, item('wait-for-review', 'en'))).toBeChecked();
  expect(await page.evaluate(() => sessionStorage.getItem('zh-drawn')), 'the Chinese page was drawn first').toBeNull();
});
