import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { step } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, openChecklist } from './helpers.ts';

const waitForReview = step('wait-for-review');

test('hiding every explanation is remembered, and showing them again brings them back', async ({ page }) => {
  await openChecklist(page);
  const detail = page.getByText(waitForReview.detail);
  const hide = page.getByRole('button', { name: strings.details.hide });
  await expect(detail).toBeVisible();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');

  await hide.click();
  await expect(detail).toBeHidden();
  await page.reload();
  await expect(checkbox(page, waitForReview)).toBeEnabled();
  await expect(detail).toBeHidden();

  const show = page.getByRole('button', { name: strings.details.show });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(detail).toBeVisible();
});

test('without JavaScript every explanation is shown', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL ?? '');
  await expect(page.getByText(waitForReview.detail)).toBeVisible();
  await context.close();
});
