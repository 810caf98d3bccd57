import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import {
  BACKUP_KEY,
  PARTLY_BROKEN_PROGRESS,
  blockStorage,
  checkbox,
  doneCount,
  expectReady,
  expectTicked,
  fillStorage,
  freeStorage,
  idsOf,
  openChecklist,
  openWithStoredText,
  readStorage,
  storedDoneIds,
  tick,
} from './helpers.ts';

test('partly broken progress: the good tick is kept, the text backed up, a notice shown', async ({ page }) => {
  const raw = PARTLY_BROKEN_PROGRESS;
  await openWithStoredText(page, raw);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(strings.storage.recovered['backed-up']);
  await expectTicked(page, [item('keep-records')]);
  expect(await readStorage(page, BACKUP_KEY)).toBe(raw);

  await alert.getByRole('button', { name: strings.dismiss }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.reload();
  await expectReady(page);
  await expectTicked(page, [item('keep-records')]);
  expect(await readStorage(page, BACKUP_KEY)).toBe(raw);
});

test('progress that is not JSON at all: nothing ticked, the text backed up, a notice shown', async ({ page }) => {
  const raw = '{"state":';
  await openWithStoredText(page, raw);

  await expect(page.getByRole('alert')).toContainText(strings.storage.recovered['backed-up']);
  await expectTicked(page, []);
  expect(await readStorage(page, BACKUP_KEY)).toBe(raw);

  // The page works: a tick replaces the broken text with good progress; the backup stays.
  await tick(page, item('settle-bills'));
  expect(await storedDoneIds(page)).toEqual(['settle-bills']);
  expect(await readStorage(page, BACKUP_KEY)).toBe(raw);
});

test('version-0 progress (a bare array of ids) is upgraded silently', async ({ page }) => {
  await openWithStoredText(page, '["back-up-data","settle-bills"]');

  await expectTicked(page, [item('back-up-data'), item('settle-bills')]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await readStorage(page, BACKUP_KEY)).toBeNull();
});

test('storage blocked: the page works in memory and says lastingly that nothing is saved', async ({
  page,
  pageGuard,
}) => {
  await blockStorage(page);
  await openChecklist(page);

  const alert = page.getByRole('alert').filter({ hasText: strings.storage.unavailable });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button')).toHaveCount(0); // nothing to dismiss: it lasts
  await tick(page, item('back-up-data'));
  await tick(page, item('contact-carrier'));
  await expect(doneCount(page, 2)).toBeVisible();
  await expect(alert).toBeVisible();

  const errors = pageGuard.console.filter((message) => message.type === 'error');
  expect(errors, 'console errors').toEqual([]);
  expect(
    pageGuard.console.some((message) => message.type === 'warning'),
    'the problem is logged as a warning',
  ).toBe(true);
});

test('storage full: ticking still works, a notice says the last ticks were not saved', async ({ page }) => {
  await fillStorage(page);
  await openChecklist(page);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const contactCarrier = item('contact-carrier');
  const waitForReview = item('wait-for-review');
  const confirmCancellation = item('confirm-cancellation');
  await tick(page, contactCarrier);
  const alert = page.getByRole('alert').filter({ hasText: strings.storage.full });
  await expect(alert).toBeVisible();
  await tick(page, waitForReview);
  await expectTicked(page, [contactCarrier, waitForReview]);
  expect(await readStorage(page, STORAGE_KEY)).toBeNull();

  // Once there is room again, the next tick saves everything and the notice goes.
  await freeStorage(page);
  await tick(page, confirmCancellation);
  await expect(alert).toHaveCount(0);
  expect(await storedDoneIds(page)).toEqual(idsOf([contactCarrier, waitForReview, confirmCancellation]));
  await expect(checkbox(page, contactCarrier)).toBeChecked();
});
