import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

const TICKED = ['备份手机里的重要资料', '联系运营商客服', '保存好注销凭证'];

test('reset asks first, can be cancelled with Escape, and can be undone', async ({ page }) => {
  await openChecklist(page, '/');
  const resetButton = page.getByRole('button', { name: '重置进度' });
  const dialog = page.getByRole('dialog', { name: '要清除全部进度吗？' });
  const checked = page.getByRole('checkbox', { checked: true });

  await expect(resetButton).toBeDisabled();
  for (const name of TICKED) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page.getByText('已完成 3 / 12')).toBeVisible();
  await expect(resetButton).toBeEnabled();

  // Escape closes the dialog, clears nothing and returns focus to the button.
  await resetButton.click();
  await expect(dialog).toBeVisible();
  const focusInDialog = () => dialog.evaluate((node) => node.contains(document.activeElement));
  await expect.poll(focusInDialog).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(checked).toHaveCount(3);
  await expect(resetButton).toBeFocused();

  // Confirming clears every tick and offers to undo.
  await resetButton.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '清除进度' }).click();
  await expect(dialog).toBeHidden();
  await expect(checked).toHaveCount(0);
  await expect(page.getByText('已完成 0 / 12')).toBeVisible();
  const undo = page.getByRole('button', { name: '撤销' });
  await expect(undo).toBeVisible();
  await expect(undo).toBeFocused();

  // Undo brings back exactly the three ticks, and they survive a reload.
  await undo.click();
  await expect(undo).toBeHidden();
  await expect(resetButton).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '已恢复清除前的进度' })).toBeVisible();
  await expect(page.getByText('已完成 3 / 12')).toBeVisible();
  for (const name of TICKED) {
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  await expect(checked).toHaveCount(3);

  await page.reload();
  await expect(page.getByText('已完成 3 / 12')).toBeVisible();
  for (const name of TICKED) {
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  await expect(checked).toHaveCount(3);
});
