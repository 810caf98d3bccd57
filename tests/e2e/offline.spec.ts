import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  await page.goto('en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideIn('en').title);
  await expect(checkbox(page, item('wait-for-review', 'en'))).toBeChecked();
  // An address the site never had a file for (a query from a QR code): the page itself answers.
  await page.goto('./?from=qr#keep-records');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideIn('zh-CN').title);
  await expect(checkbox(page, item('keep-records'))).toBeFocused();
  await context.setOffline(false);
});

test('the page is installable: a manifest with a name, colours and 192 and 512 px icons, for the site only', async ({
  page,
  request,
  baseURL,
}) => {
  const site = new URL(baseURL ?? '');
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', page.url());
  expect(manifestUrl.href).toBe(new URL('manifest.webmanifest', site).href);
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    theme_color: string;
    icons: { sizes: string; src: string }[];
  };
  expect(manifest).toMatchObject({
    name: guideIn('zh-CN').title,
    short_name: '保号卡注销',
    display: 'standalone',
    id: site.pathname,
    start_url: site.pathname,
    scope: site.pathname,
  });
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    // As a browser reads it: relative to the manifest.
    const url = new URL(icon.src, manifestUrl).href;
    expect(url.startsWith(site.href), `${url} is on the site`).toBe(true);
    expect((await request.get(url)).ok(), url).toBe(true);
  }
});

test('each page is precached at the revision of the page as served, so a changed page is an update', ({ buildDir }) => {
  const worker = readFileSync(join(buildDir, 'sw.js'), 'utf8');
  for (const page of Object.keys(PAGES)) {
    const revision = createHash('md5')
      .update(readFileSync(join(buildDir, page)))
      .digest('hex');
    expect(worker, page).toContain(`{url:"${page}",revision:"${revision}"}`);
  }
});
