import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('English is loaded only when asked for, remembered across visits, and shares the progress', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openChecklist(page);
  await page.getByRole('checkbox', { name: '结清所有欠费' }).check();
  const before = [...scripts];

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/step-by-step checklist/);
  expect(scripts.length, 'the English text arrives in its own script, fetched on demand').toBeGreaterThan(before.length);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Pay everything you owe' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
});
