import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('progress exported to a file comes back when imported, and the import can be undone', async ({ page }) => {
  await openChecklist(page);
  await page.getByRole('checkbox', { name: '结清所有欠费' }).check();
  await page.getByRole('checkbox', { name: '微信' }).check();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出进度' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tm-card-cancel-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path(), 'utf8');

  await page.getByRole('button', { name: '重置进度' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '清除进度' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入进度' }).click();
  await (await choosing).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('checkbox', { name: '结清所有欠费' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '微信' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: '已导入文件里的进度' })).toBeVisible();

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('a file that is not an export is refused with a clear message, changing nothing', async ({ page }) => {
  await openChecklist(page);
  await page.getByRole('checkbox', { name: '结清所有欠费' }).check();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入进度' }).click();
  await (await choosing).setFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"ours"}') });
  await expect(page.getByRole('alert')).toContainText('这个文件无法读取');
  await expect(page.getByRole('checkbox', { name: '结清所有欠费' })).toBeChecked();
});
