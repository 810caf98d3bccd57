import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { appStarted, checkbox, openChecklist, openStepActions, shareButton, tick } from './helpers.ts';

// The auto fixture in fixtures.ts already fails every test that requests another origin; this one
// walks through everything the page does and looks at what was requested.
test('loading, ticking, sharing and reloading request nothing but the page’s own origin', async ({
  page,
  context,
  pageGuard,
  baseURL,
}) => {
  const submitRequest = item('submit-request');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecklist(page);
  await tick(page, submitRequest);
  await openStepActions(page, submitRequest);
  await shareButton(page, submitRequest).click();
  await expect(page.getByRole('status').filter({ hasText: strings.share.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}#submit-request`);

  await page.reload();
  await expect(checkbox(page, submitRequest)).toBeEnabled();
  await expect(checkbox(page, submitRequest)).toBeChecked();

  const own = new URL(page.url()).origin;
  expect(own).toBe(new URL(baseURL ?? '').origin); // the server of playwright.config.ts
  const { requests } = pageGuard;
  expect(new Set(requests.map((request) => request.origin))).toEqual(new Set([own]));
  // Sanity: the recording saw both loads, with their scripts and styles.
  const documents = requests.filter((request) => request.resourceType === 'document');
  expect(documents.map((request) => request.url)).toEqual([baseURL, baseURL]);
  const ofType = (type: string) => requests.filter((request) => request.resourceType === type);
  expect(ofType('script').length).toBeGreaterThanOrEqual(2);
  expect(ofType('stylesheet').length).toBeGreaterThanOrEqual(2);
});

// The app's code is fetched while the page loads and paints, not after it: on a slow network that
// is what makes every control usable soon after the first paint.
for (const [path, lang] of [
  ['', 'zh-CN'],
  ['en/', 'en'],
] as const) {
  test(`/${path}: the page prefetches the app and its own text, and the app starts from them`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(new URL(path, baseURL).href);
    await appStarted(page);
    const { prefetched, fetched } = await page.evaluate(() => ({
      prefetched: [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((link) => link.href),
      fetched: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, bytes: (entry as PerformanceResourceTiming).transferSize })),
    }));
    const file = (url: string) => new URL(url).pathname.split('/').pop();
    expect(prefetched.map(file)).toEqual([
      expect.stringMatching(/^start-[\w-]+\.js$/),
      expect.stringMatching(new RegExp(`^locale\\.${lang}-[\\w-]+\\.js$`)),
    ]);
    // Downloaded once: the app started from what the page had prefetched.
    for (const url of prefetched) {
      expect(
        fetched.filter((entry) => entry.url === url && entry.bytes > 0),
        file(url),
      ).toHaveLength(1);
    }
  });
}
