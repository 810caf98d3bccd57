import { readFile } from 'node:fs/promises';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, openChecklist, openProgressActions } from './helpers.ts';

const settleBills = item('settle-bills');
const wechat = item('update-wechat');

test('progress exported to a file comes back when imported, and the import can be undone', async ({ page }) => {
  await openChecklist(page);
  await checkbox(page, settleBills).check();
  await checkbox(page, wechat).check();

  const downloading = page.waitForEvent('download');
  await openProgressActions(page);
  await page.getByRole('button', { name: strings.transfer.export }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tm-card-cancel-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path(), 'utf8');

  await openProgressActions(page);
  await page.getByRole('button', { name: strings.reset.button }).click();
  await page.getByRole('dialog').getByRole('button', { name: strings.reset.confirm }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  const choosing = page.waitForEvent('filechooser');
  await openProgressActions(page);
  await page.getByRole('button', { name: strings.transfer.import }).click();
  await (
    await choosing
  ).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(checkbox(page, settleBills)).toBeChecked();
  await expect(checkbox(page, wechat)).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: strings.transfer.imported })).toBeVisible();

  await page.getByRole('button', { name: strings.reset.undo }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('a file that is not an export is refused with a clear message, changing nothing', async ({ page }) => {
  await openChecklist(page);
  await checkbox(page, settleBills).check();
  const choosing = page.waitForEvent('filechooser');
  await openProgressActions(page);
  await page.getByRole('button', { name: strings.transfer.import }).click();
  await (
    await choosing
  ).setFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"ours"}') });
  await expect(page.getByRole('alert')).toContainText(strings.transfer.unreadable);
  await expect(checkbox(page, settleBills)).toBeChecked();
});
