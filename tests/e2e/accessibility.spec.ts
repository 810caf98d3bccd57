import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  ITEMS,
  PARTLY_BROKEN_PROGRESS,
  blockStorage,
  doneCount,
  expectNoAxeViolations,
  openChecklist,
  openWithStoredText,
  refuseClipboard,
  shareButton,
  tick,
  tickAll,
} from './helpers.ts';

const notice = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

/** Each state of the page worth checking, and how to bring it about in a fresh browser context. */
const STATES: { name: string; arrange: (page: Page) => Promise<void> }[] = [
  {
    name: 'the fresh page',
    arrange: async (page) => {
      await openChecklist(page);
      await expect(doneCount(page, 0)).toBeVisible();
    },
  },
  {
    name: 'some items ticked',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, ITEMS.backUpData);
      await tick(page, ITEMS.submitRequest);
      await tick(page, ITEMS.keepRecords);
      await expect(doneCount(page, 3)).toBeVisible();
    },
  },
  {
    name: 'all 12 ticked, with the completion message',
    arrange: async (page) => {
      await openChecklist(page);
      await tickAll(page);
      await expect(doneCount(page, 12)).toBeVisible();
      await expect(page.getByRole('heading', { name: '全部完成了' })).toBeVisible();
    },
  },
  {
    name: 'the reset dialog open',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, ITEMS.settleBills);
      await tick(page, ITEMS.waitForReview);
      await page.getByRole('button', { name: '重置进度' }).click();
      await expect(page.getByRole('dialog', { name: '要清除全部进度吗？' })).toBeVisible();
    },
  },
  {
    name: 'the undo notice after a reset',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, ITEMS.settleBills);
      await tick(page, ITEMS.waitForReview);
      await page.getByRole('button', { name: '重置进度' }).click();
      const dialog = page.getByRole('dialog', { name: '要清除全部进度吗？' });
      await dialog.getByRole('button', { name: '清除进度' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
      await expect(page.getByText('已清除全部勾选和备注。')).toBeVisible();
    },
  },
  {
    name: 'the unknown-link notice',
    arrange: async (page) => {
      await openChecklist(page, '/#no-such-step');
      await expect(notice(page, '找不到该步骤')).toBeVisible();
    },
  },
  {
    name: 'the storage-recovered notice',
    arrange: async (page) => {
      await openWithStoredText(page, PARTLY_BROKEN_PROGRESS);
      await expect(notice(page, '有一部分无法读取')).toBeVisible();
    },
  },
  {
    name: 'the storage-unavailable notice',
    arrange: async (page) => {
      await blockStorage(page);
      await openChecklist(page);
      await expect(notice(page, '不允许网页保存数据')).toBeVisible();
    },
  },
  {
    name: 'the copy-by-hand share field',
    arrange: async (page) => {
      await refuseClipboard(page);
      await openChecklist(page);
      await shareButton(page, ITEMS.submitRequest).click();
      await expect(page.getByRole('textbox', { name: '这一步的链接' })).toBeFocused();
    },
  },
  {
    name: 'a step with some parts done, a note open, explanations hidden',
    arrange: async (page) => {
      await openChecklist(page);
      await page.getByRole('checkbox', { name: '微信' }).check();
      await page.getByRole('button', { name: '备注：联系运营商客服' }).click();
      await page.getByRole('textbox', { name: '联系运营商客服的备注' }).fill('工单号 A-1024');
      await page.getByRole('button', { name: '隐藏全部说明' }).click();
      await expect(page.getByRole('button', { name: '显示全部说明' })).toBeVisible();
    },
  },
  {
    name: 'the English page, with a step done',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, ITEMS.settleBills);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('checkbox', { name: 'Pay everything you owe' })).toBeChecked();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (WCAG 2.2 AA), ${colorScheme} colour scheme`, () => {
    for (const { name, arrange } of STATES) {
      test(`no violations: ${name}`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await arrange(page);
        expect(
          await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          'dark colour scheme in effect',
        ).toBe(colorScheme === 'dark');
        await expectNoAxeViolations(page, testInfo);
      });
    }
  });
}
