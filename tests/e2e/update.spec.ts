import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readHostRules } from '../../scripts/headers.mjs';
import { serveBuild } from '../../scripts/serve.mjs';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test as guarded } from './fixtures.ts';
import { checkbox, expectReady, openChecklist, openProgressActions, tick } from './helpers.ts';

/** A copy of the build, served on its own port, that the test can turn into a new version. */
interface Site {
  url: string;
  /** Serves version `version` of the app: index.html and, with it, sw.js change. */
  publish: (version: number) => Promise<void>;
}

// The whole test runs against the copy: baseURL (and so the origin pageGuard allows) is the copy's.
const test = guarded.extend<{ site: Site }>({
  site: async ({ buildDir }, provide) => {
    const dir = await mkdtemp(join(tmpdir(), 'e2e-update-'));
    let server: Server | undefined;
    try {
      await cp(buildDir, dir, { recursive: true });
      // Served as a host serves the build, with the headers it asks for (csp.spec.ts).
      server = await serveBuild(dir, 0);
      const page = await readFile(join(buildDir, 'index.html'), 'utf8');
      const worker = await readFile(join(buildDir, 'sw.js'), 'utf8');
      const entry = /\{url:"index\.html",revision:"[0-9a-f]+"\}/;
      if (!entry.test(worker)) throw new Error(`${buildDir}/sw.js does not precache index.html`);
      const publish = async (version: number) => {
        const html = page.replace('</head>', `<meta name="version" content="${version}" />\n  </head>`);
        // The precache revision is what makes the browser see a new service worker: the md5 of
        // the page, as Workbox computes it.
        const revision = createHash('md5').update(html).digest('hex');
        await writeFile(join(dir, 'index.html'), html);
        await writeFile(join(dir, 'sw.js'), worker.replace(entry, `{url:"index.html",revision:"${revision}"}`));
      };
      await publish(1);
      const { port } = server.address() as AddressInfo;
      await provide({ url: `http://127.0.0.1:${port}${readHostRules(dir).base}`, publish });
    } finally {
      const running = server;
      if (running) await new Promise((done) => running.close(done));
      await rm(dir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ site }, provide) => provide(site.url),
});

const version = (page: Page) => page.locator('meta[name="version"]');

/** Whether the page is controlled by the active service worker, and whether another is waiting. */
const workers = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const { controller } = navigator.serviceWorker;
    return {
      controlledByActive: controller !== null && controller === registration?.active,
      waiting: Boolean(registration?.waiting),
    };
  });

/** Opens the page, ticks a step, and reloads it so that version 1's service worker controls it. */
async function openControlled(page: Page) {
  await openChecklist(page);
  await tick(page, item('settle-bills'));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled (no clients.claim()); from the next load on it is.
  await page.reload();
  await expectReady(page);
  await expect(version(page)).toHaveAttribute('content', '1');
  expect(await workers(page)).toEqual({ controlledByActive: true, waiting: false });
}

/** Publishes version 2 and has `page` look for it. */
async function publishUpdate(page: Page, site: Site) {
  // The app's own registration may notice the new sw.js first; either way it must only be offered.
  await site.publish(2);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

const updateNotice = (page: Page) => page.getByRole('status').filter({ hasText: strings.update.available });
const reloadButton = (page: Page) =>
  updateNotice(page).getByRole('button', { name: strings.update.reload, exact: true });
// The new worker installs (precaching the whole app) before it is offered: allow twice the usual wait.
const INSTALL_TIMEOUT = 30_000;

test('a new version is offered, and swapped in only when the person presses 刷新', async ({ page, site }) => {
  test.slow(); // four page loads and a service worker installed twice
  await openControlled(page);
  await publishUpdate(page, site);

  const notice = updateNotice(page);
  const reload = reloadButton(page);
  await expect(reload).toBeVisible({ timeout: INSTALL_TIMEOUT });
  await expect.poll(() => workers(page)).toEqual({ controlledByActive: true, waiting: true });
  await expect(version(page)).toHaveAttribute('content', '1');
  await tick(page, item('wait-for-review'));

  // A plain reload keeps the old version: the old worker still controls the tab and serves the
  // old page, the new one keeps waiting, and the offer is made again.
  await page.reload();
  await expectReady(page);
  await expect(version(page)).toHaveAttribute('content', '1');
  await expect(reload).toBeVisible();
  expect(await workers(page)).toEqual({ controlledByActive: true, waiting: true });

  const reloaded = page.waitForEvent('load');
  await reload.click();
  await reloaded;
  await expectReady(page);
  await expect(version(page)).toHaveAttribute('content', '2');
  await expect(notice).toHaveCount(0);
  expect(await workers(page)).toEqual({ controlledByActive: true, waiting: false });
  await expect(checkbox(page, item('settle-bills'))).toBeChecked();
  await expect(checkbox(page, item('wait-for-review'))).toBeChecked();
});

test('accepting a new version in one tab leaves another tab as it is, offering 刷新', async ({
  page: a,
  context,
  site,
}) => {
  test.slow(); // as above, with a second tab
  await openControlled(a);
  const b = await context.newPage();
  await openChecklist(b);
  expect(await workers(b)).toEqual({ controlledByActive: true, waiting: false });
  // Tab B has something to lose: an undo on offer, and the page as it is (a marker on its window).
  await openProgressActions(b);
  await b.getByRole('button', { name: strings.reset.button }).click();
  await b
    .getByRole('dialog', { name: strings.reset.title })
    .getByRole('button', { name: strings.reset.confirm })
    .click();
  const undo = b.getByRole('button', { name: strings.reset.undo });
  await expect(undo).toBeVisible();
  await b.evaluate(() => Object.assign(window, { sameDocument: true }));
  const sameDocument = () => b.evaluate(() => 'sameDocument' in window);

  await publishUpdate(a, site);
  await expect(reloadButton(a)).toBeVisible({ timeout: INSTALL_TIMEOUT });
  await expect(reloadButton(b)).toBeVisible({ timeout: INSTALL_TIMEOUT });
  const reloaded = a.waitForEvent('load');
  await reloadButton(a).click();
  await reloaded;
  await expectReady(a);
  await expect(version(a)).toHaveAttribute('content', '2');

  // The new version controls tab B too, which has not reloaded and still offers its undo and 刷新.
  await expect.poll(() => workers(b)).toEqual({ controlledByActive: true, waiting: false });
  expect(await sameDocument()).toBe(true);
  await expect(version(b)).toHaveAttribute('content', '1');
  await expect(undo).toBeVisible();
  await expect(reloadButton(b)).toBeVisible();

  // Pressing it there reloads into the new version.
  const bReloaded = b.waitForEvent('load');
  await reloadButton(b).click();
  await bReloaded;
  await expectReady(b);
  await expect(version(b)).toHaveAttribute('content', '2');
  await expect(updateNotice(b)).toHaveCount(0);
  expect(await sameDocument()).toBe(false);
});
