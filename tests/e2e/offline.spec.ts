import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PAGES } from '../../scripts/sizes.mjs';
import { guideIn, item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, doneCount, openChecklist } from './helpers.ts';

test('after one visit, the page in either language and its progress open with no network', async ({
  page,
  context,
}) => {
  await openChecklist(page);
  await checkbox(page, item('settle-bills')).check();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideIn('zh-CN').title);
  await expect(checkbox(page, item('settle-bills'))).toBeEnabled();
  await expect(checkbox(page, item('settle-bills'))).toBeChecked();
  await checkbox(page, item('wait-for-review')).check();
  await expect(doneCount(page, 2)).toBeVisible();
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideIn('en').title);
  await expect(checkbox(page, item('wait-for-review', 'en'))).toBeChecked();
  await context.setOffline(false);
});

test('the page is installable: a manifest with a name, colours and 192 and 512 px icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    theme_color: string;
    icons: { sizes: string; src: string }[];
  };
  expect(manifest).toMatchObject({ name: guideIn('zh-CN').title, short_name: '保号卡注销', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test('each page is precached at the revision of the page as served, so a changed page is an update', () => {
  const worker = readFileSync('dist/sw.js', 'utf8');
  for (const page of Object.keys(PAGES)) {
    const revision = createHash('md5')
      .update(readFileSync(`dist/${page}`))
      .digest('hex');
    expect(worker, page).toContain(`{url:"${page}",revision:"${revision}"}`);
  }
});
