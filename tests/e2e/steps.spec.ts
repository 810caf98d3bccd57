import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, noteButton, noteField, openChecklist, openStepActions } from './helpers.ts';

test('a note is kept through a reload, and a step with parts is mixed until all are done', async ({ page }) => {
  await openChecklist(page);
  await openStepActions(page, item('contact-carrier'));
  await noteButton(page, item('contact-carrier')).click();
  const note = noteField(page, item('contact-carrier'));
  await note.fill('客服工单号 A-1024');
  await note.blur();

  const step = checkbox(page, item('complete-formalities'));
  const original = checkbox(page, item('return-sim-card'));
  await original.check();
  await expect(step).toBeChecked({ checked: false });
  expect(await step.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);

  await page.reload();
  await expect(original).toBeChecked();
  // The note shows on its step, and opens for editing.
  await expect(page.getByText('客服工单号 A-1024')).toBeVisible();
  await openStepActions(page, item('contact-carrier'));
  await noteButton(page, item('contact-carrier')).click();
  await expect(note).toHaveValue('客服工单号 A-1024');
  expect(await step.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);

  await step.check();
  await expect(checkbox(page, item('settle-final-bill'))).toBeChecked();
  await expect(page.getByRole('link', { name: item('move-accounts-first').title })).toBeVisible();
});

test('a note’s field grows with its text, so nothing typed is cut off, up to a height it then scrolls in', async ({
  page,
}) => {
  await openChecklist(page);
  await openStepActions(page, item('contact-carrier'));
  await noteButton(page, item('contact-carrier')).click();
  const note = noteField(page, item('contact-carrier'));
  const size = () => note.evaluate((field) => ({ height: field.clientHeight, content: field.scrollHeight }));
  const empty = await size();

  await note.fill(['客服工单号 A-1024', '营业厅：人民路店', '客服说周一回电', '带身份证原件'].join('\n'));
  const four = await size();
  expect(four.height).toBeGreaterThan(empty.height);
  expect(four.content).toBeLessThanOrEqual(four.height);

  await note.fill(Array.from({ length: 40 }, (_, line) => `第 ${line + 1} 行`).join('\n'));
  const long = await size();
  expect(long.height).toBeLessThan(page.viewportSize()?.height ?? 0);
  expect(long.content).toBeGreaterThan(long.height);
});
