import { CHECKBOX_COUNT, guideIn, step } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox } from './helpers.ts';

test('the whole guide is in the HTML, readable without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guideIn('zh-CN').title);
  await expect(page.getByRole('checkbox')).toHaveCount(CHECKBOX_COUNT);
  const waitForReview = step('wait-for-review');
  await expect(checkbox(page, waitForReview)).toHaveAccessibleDescription(waitForReview.detail);
  // Nothing is known about stored progress yet, so no box pretends to be ticked or unticked.
  for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeDisabled();
  await context.close();
});
