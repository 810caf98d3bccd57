import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('hiding every explanation is remembered, and showing them again brings them back', async ({ page }) => {
  await openChecklist(page);
  const detail = page.getByText('运营商审核通常需要几天');
  const hide = page.getByRole('button', { name: '隐藏全部说明' });
  await expect(detail).toBeVisible();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');

  await hide.click();
  await expect(detail).toBeHidden();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '等待审核' })).toBeEnabled();
  await expect(detail).toBeHidden();

  const show = page.getByRole('button', { name: '显示全部说明' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(detail).toBeVisible();
});

test('without JavaScript every explanation is shown', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.getByText('运营商审核通常需要几天')).toBeVisible();
  await context.close();
});
