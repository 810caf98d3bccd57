import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('printing gives a clean checklist: ticks and notes, no buttons', async ({ page }) => {
  await openChecklist(page);
  await page.getByRole('checkbox', { name: '结清所有欠费' }).check();
  await page.getByRole('button', { name: '备注：联系运营商客服' }).click();
  await page.getByRole('textbox', { name: '联系运营商客服的备注' }).fill('工单号 A-1024');
  await page.getByRole('textbox', { name: '联系运营商客服的备注' }).blur();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '重置进度' })).toBeHidden();
  await expect(page.getByRole('button', { name: '分享链接：结清所有欠费' })).toBeHidden();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByText('备注：工单号 A-1024')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '结清所有欠费' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '结清所有欠费' })).toBeChecked();
  await expect(page.getByText('已完成 1 / 12')).toBeVisible();
  // Rows are as tall as their text, not a finger's 44 px.
  const partRowHeight = await page
    .getByRole('checkbox', { name: '身份证原件' })
    .evaluate((box) => box.closest('li')?.getBoundingClientRect().height ?? 0);
  expect(partRowHeight).toBeGreaterThan(0);
  expect(partRowHeight).toBeLessThan(32);
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
