import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('a ticked step stays ticked after a reload, and the counts follow it', async ({ page }) => {
  await openChecklist(page, '/');
  const step = page.getByRole('checkbox', { name: '联系运营商客服', exact: true });
  const bar = page.getByRole('progressbar', { name: '完成进度' });
  const steps = page.getByRole('region', { name: '注销步骤' });

  await expect(page.getByText('已完成 0 / 12')).toBeVisible();
  await expect(bar).toHaveJSProperty('value', 0);
  await expect(bar).toHaveJSProperty('max', 12);

  await step.check();
  await page.reload();

  await expect(step).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.getByText('已完成 1 / 12')).toBeVisible();
  await expect(bar).toHaveJSProperty('value', 1);
  await expect(steps.getByText('1 / 6', { exact: true })).toBeVisible();
  await expect(steps.getByText('本部分已完成 1 项，共 6 项')).toBeAttached();
  await expect(
    page.getByRole('region', { name: '开始之前' }).getByText('0 / 3', { exact: true }),
  ).toBeVisible();

  await step.uncheck();
  await page.reload();
  await expect(step).not.toBeChecked();
  await expect(page.getByText('已完成 0 / 12')).toBeVisible();
  await expect(steps.getByText('0 / 6', { exact: true })).toBeVisible();
});
