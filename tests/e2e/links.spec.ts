import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

test('a link to a step focuses that step and scrolls to it, ticking nothing', async ({ page }) => {
  await openChecklist(page, '/#wait-for-review');
  const target = page.getByRole('checkbox', { name: '等待审核', exact: true });

  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page.getByRole('checkbox')).toHaveCount(21);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.getByText('已完成 0 / 12')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.evaluate(() => {
    window.location.hash = 'keep-records';
  });
  const next = page.getByRole('checkbox', { name: '保存好注销凭证', exact: true });
  await expect(next).toBeFocused();
  await expect(next).toBeInViewport();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

const BAD_FRAGMENTS = [
  '#no-such-step',
  '#%E0%A4%A',
  '#<img src=x onerror=alert(1)>',
  '#__proto__',
  '#toString',
];

for (const fragment of BAD_FRAGMENTS) {
  test(`an unknown or hostile link (${fragment}) shows a notice; the list still works`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openChecklist(page, `/${fragment}`);

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('找不到该步骤');
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

    const step = page.getByRole('checkbox', { name: '结清所有欠费', exact: true });
    await step.check();
    await expect(step).toBeChecked();
    await expect(page.getByText('已完成 1 / 12')).toBeVisible();

    await alert.getByRole('button', { name: '知道了' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}
