import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openChecklist } from './helpers.ts';

const WIDTH = 320;
const MIN_TARGET = 44;

test.use({ viewport: { width: WIDTH, height: 640 } });

async function expectNoSidewaysScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'document scrollWidth').toBeLessThanOrEqual(WIDTH);
}

/** Every target (a button or a field) is at least MIN_TARGET px tall. */
async function expectTallEnough(targets: Locator[]) {
  for (const target of targets) {
    const box = await target.boundingBox();
    const name = await target.evaluate((element) => {
      const label = element.getAttribute('aria-label') ?? element.textContent;
      return `${element.tagName} “${label}”`;
    });
    expect(box, `${name} is rendered`).not.toBeNull();
    expect(box?.height ?? 0, `${name} height`).toBeGreaterThanOrEqual(MIN_TARGET);
  }
}

test(`at ${WIDTH}px nothing scrolls sideways and every target is ${MIN_TARGET}px tall`, async ({
  page,
}) => {
  // An unknown link, so that the notice and its button are on the page too.
  await openChecklist(page, '/#no-such-step');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('checkbox', { name: '备份手机里的重要资料', exact: true }).check();
  await expectNoSidewaysScroll(page);

  const checkboxes = await page.getByRole('checkbox').all();
  expect(checkboxes).toHaveLength(21);
  for (const checkbox of checkboxes) {
    const label = await checkbox.evaluate((input: HTMLInputElement) => ({
      text: input.labels?.[0]?.textContent ?? '(no label)',
      height: input.labels?.[0]?.getBoundingClientRect().height ?? 0,
    }));
    expect(label.height, `label “${label.text}” height`).toBeGreaterThanOrEqual(MIN_TARGET);
  }

  const buttons = await page.getByRole('button').all();
  expect(buttons.length, '12 share, 12 note, language, show/hide, copy, reset, dismiss, export, import').toBe(31);
  await expectTallEnough(buttons);

  await page.getByRole('button', { name: '重置进度' }).click();
  const dialog = page.getByRole('dialog', { name: '要清除全部进度吗？' });
  await expect(dialog).toBeVisible();
  await expectNoSidewaysScroll(page);
  const dialogButtons = await dialog.getByRole('button').all();
  expect(dialogButtons).toHaveLength(2);
  await expectTallEnough(dialogButtons);

  await dialog.getByRole('button', { name: '清除进度' }).click();
  const undo = page.getByRole('button', { name: '撤销' });
  await expect(undo).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectTallEnough([undo]);
});

// The address field's intrinsic width once pushed the page to 377px at 320px.
test(`at ${WIDTH}px the copy-by-hand link field fits`, async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openChecklist(page, '/');
  await expectNoSidewaysScroll(page);

  await page.getByRole('button', { name: '分享链接：更新绑定的联系方式' }).click();
  const field = page.getByRole('textbox', { name: '这一步的链接' });
  await expect(field).toBeFocused();
  const close = page.getByRole('button', { name: '关闭', exact: true });
  await expectTallEnough([field, close]);
  await expectNoSidewaysScroll(page);
});
