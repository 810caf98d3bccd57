import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item, section } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, doneCount, openChecklist } from './helpers.ts';

test('a ticked step stays ticked after a reload, and the counts follow it', async ({ page }) => {
  await openChecklist(page);
  const step = checkbox(page, item('contact-carrier'));
  const bar = page.getByRole('progressbar', { name: strings.progressLabel });
  const cancelling = section('cancellation-steps');
  const before = section('before-you-start');
  const steps = page.getByRole('region', { name: cancelling.title });

  await expect(doneCount(page, 0)).toBeVisible();
  await expect(bar).toHaveJSProperty('value', 0);
  await expect(bar).toHaveJSProperty('max', STEP_COUNT);

  await step.check();
  await page.reload();

  await expect(step).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(doneCount(page, 1)).toBeVisible();
  await expect(bar).toHaveJSProperty('value', 1);
  await expect(steps.getByText(strings.fraction(1, cancelling.items.length), { exact: true })).toBeVisible();
  await expect(steps.getByText(strings.sectionCountLabel(1, cancelling.items.length))).toBeAttached();
  await expect(
    page
      .getByRole('region', { name: before.title })
      .getByText(strings.fraction(0, before.items.length), { exact: true }),
  ).toBeVisible();

  await step.uncheck();
  await page.reload();
  await expect(step).not.toBeChecked();
  await expect(doneCount(page, 0)).toBeVisible();
  await expect(steps.getByText(strings.fraction(0, cancelling.items.length), { exact: true })).toBeVisible();
});
