import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PAGES } from '../../scripts/sizes.mjs';
import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('after one visit, the page in either language and its progress open with no network', async ({ page, context }) => {
  await openChecklist(page);
  await page.getByRole('checkbox', { name: '结清所有欠费' }).check();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('注销 TM 卡保号卡：分步清单');
  await expect(page.getByRole('checkbox', { name: '结清所有欠费' })).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: '结清所有欠费' })).toBeChecked();
  await page.getByRole('checkbox', { name: '等待审核' }).check();
  await expect(page.getByText('已完成 2 / 12')).toBeVisible();
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/step-by-step checklist/);
  await expect(page.getByRole('checkbox', { name: 'Wait for the review' })).toBeChecked();
  await context.setOffline(false);
});

test('the page is installable: a manifest with a name, colours and 192 and 512 px icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({ name: '注销 TM 卡保号卡：分步清单', short_name: '保号卡注销', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).ok()).toBe(true);
});

test('each page is precached at the revision of the page as served, so a changed page is an update', () => {
  const worker = readFileSync('dist/sw.js', 'utf8');
  for (const page of Object.keys(PAGES)) {
    const revision = createHash('md5').update(readFileSync(`dist/${page}`)).digest('hex');
    expect(worker, page).toContain(`{url:"${page}",revision:"${revision}"}`);
  }
});
