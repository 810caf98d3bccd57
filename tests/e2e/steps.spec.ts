import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('a note is kept through a reload, and a step with parts is mixed until all are done', async ({ page }) => {
  await openChecklist(page);
  await page.getByRole('button', { name: '备注：联系运营商客服' }).click();
  const note = page.getByRole('textbox', { name: '联系运营商客服的备注' });
  await note.fill('客服工单号 A-1024');
  await note.blur();

  const step = page.getByRole('checkbox', { name: '提交注销申请', exact: true });
  await page.getByRole('checkbox', { name: '身份证原件' }).check();
  await expect(step).toBeChecked({ checked: false });
  expect(await step.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: '身份证原件' })).toBeChecked();
  await expect(note).toBeVisible();
  await expect(note).toHaveValue('客服工单号 A-1024');
  expect(await step.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);

  await step.check();
  await expect(page.getByRole('checkbox', { name: '身份证复印件' })).toBeChecked();
  await expect(page.getByRole('link', { name: '备份手机里的重要资料' })).toBeVisible();
});
