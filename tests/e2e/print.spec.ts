import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import {
  checkbox,
  doneCount,
  noteButton,
  noteField,
  openChecklist,
  openProgressActions,
  openStepActions,
  shareButton,
} from './helpers.ts';

test('printing gives a clean checklist: ticks and notes, no buttons', async ({ page }) => {
  const settleBills = item('settle-bills');
  const contactCarrier = item('contact-carrier');
  await openChecklist(page);
  await checkbox(page, settleBills).check();
  await openStepActions(page, contactCarrier);
  await noteButton(page, contactCarrier).click();
  await noteField(page, contactCarrier).fill('工单号 A-1024');
  await noteField(page, contactCarrier).blur();
  await openStepActions(page, settleBills);
  await openProgressActions(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: strings.reset.button })).toBeHidden();
  await expect(shareButton(page, settleBills)).toBeHidden();
  await expect(page.getByRole('button', { name: strings.more.progressLabel })).toBeHidden();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByText(strings.note.label + '工单号 A-1024')).toBeVisible();
  await expect(checkbox(page, settleBills)).toBeVisible();
  await expect(checkbox(page, settleBills)).toBeChecked();
  await expect(doneCount(page, 1)).toBeVisible();
  // Rows are as tall as their text, not a finger's 44 px.
  const partRowHeight = await checkbox(page, item('return-sim-card')).evaluate(
    (box) => box.closest('li')?.getBoundingClientRect().height ?? 0,
  );
  expect(partRowHeight).toBeGreaterThan(0);
  expect(partRowHeight).toBeLessThan(32);
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
