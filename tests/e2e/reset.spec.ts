import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, doneCount, openChecklist, openProgressActions } from './helpers.ts';

const TICKED = [item('back-up-data'), item('contact-carrier'), item('keep-records')];

test('reset asks first, can be cancelled with Escape, and can be undone', async ({ page }) => {
  await openChecklist(page);
  const resetButton = page.getByRole('button', { name: strings.reset.button });
  const dialog = page.getByRole('dialog', { name: strings.reset.title });
  const checked = page.getByRole('checkbox', { checked: true });

  await openProgressActions(page);
  await expect(resetButton).toBeDisabled();
  for (const ticked of TICKED) await checkbox(page, ticked).check();
  await expect(doneCount(page, 3)).toBeVisible();
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
  await dialog.getByRole('button', { name: strings.reset.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(checked).toHaveCount(0);
  await expect(doneCount(page, 0)).toBeVisible();
  const undo = page.getByRole('button', { name: strings.reset.undo });
  await expect(undo).toBeVisible();
  await expect(undo).toBeFocused();

  // Undo brings back exactly the three ticks, and they survive a reload.
  await undo.click();
  await expect(undo).toBeHidden();
  await expect(resetButton).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: strings.reset.restored })).toBeVisible();
  await expect(doneCount(page, 3)).toBeVisible();
  for (const ticked of TICKED) await expect(checkbox(page, ticked)).toBeChecked();
  await expect(checked).toHaveCount(3);

  await page.reload();
  await expect(doneCount(page, 3)).toBeVisible();
  for (const ticked of TICKED) await expect(checkbox(page, ticked)).toBeChecked();
  await expect(checked).toHaveCount(3);
});
