import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { openChecklist, openStepActions, refuseClipboard, shareButton } from './helpers.ts';

const submitRequest = item('submit-request');

test('sharing a step copies its link to the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecklist(page);
  // Where the Web Share API exists the app shares instead of copying; this test is about copying.
  const share = await page.evaluate(() => typeof navigator.share);
  expect(share, 'navigator.share in this Chromium').toBe('undefined');

  await openStepActions(page, submitRequest);
  const button = shareButton(page, submitRequest);
  await expect(button).toHaveAccessibleName(new RegExp(`^${strings.share.button}`));
  await button.click();

  await expect(page.getByRole('status').filter({ hasText: strings.share.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}#submit-request`);
  await expect(page.getByRole('textbox', { name: strings.share.manualLabel })).toHaveCount(0);
});

test('when the clipboard refuses, the link is shown to copy by hand', async ({ page, baseURL }) => {
  await refuseClipboard(page);
  await openChecklist(page);
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');

  await openStepActions(page, submitRequest);
  const button = shareButton(page, submitRequest);
  await button.click();

  const field = page.getByRole('textbox', { name: strings.share.manualLabel });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}#submit-request`);
  await expect(page.getByRole('status').filter({ hasText: strings.share.copied })).toHaveCount(0);

  await page.getByRole('button', { name: strings.manualCopy.close, exact: true }).click();
  await expect(field).toHaveCount(0);
  await expect(button).toBeFocused();
});
