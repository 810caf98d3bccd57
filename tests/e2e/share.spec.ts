import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

const SHARE_BUTTON = '分享链接：提交注销申请';

test('sharing a step copies its link to the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecklist(page, '/');
  // Where the Web Share API exists the app shares instead of copying; this test is about copying.
  const share = await page.evaluate(() => typeof navigator.share);
  expect(share, 'navigator.share in this Chromium').toBe('undefined');

  const button = page.getByRole('button', { name: SHARE_BUTTON });
  await expect(button).toHaveAccessibleName(/链接/);
  await button.click();

  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/#submit-request`);
  await expect(page.getByRole('textbox', { name: '这一步的链接' })).toHaveCount(0);
});

test('when the clipboard refuses, the link is shown to copy by hand', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openChecklist(page, '/');
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');

  const button = page.getByRole('button', { name: SHARE_BUTTON });
  await button.click();

  const field = page.getByRole('textbox', { name: '这一步的链接' });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}/#submit-request`);
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toHaveCount(0);

  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(field).toHaveCount(0);
  await expect(button).toBeFocused();
});
