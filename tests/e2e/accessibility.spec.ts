import type { Page } from '@playwright/test';
import { LANGUAGE_NAMES } from '../../src/content/lang.ts';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, guideIn, item } from '../support/guide.ts';
import { expect, test, type PageGuard } from './fixtures.ts';
import {
  PARTLY_BROKEN_PROGRESS,
  blockStorage,
  checkbox,
  doneCount,
  expectNoAxeViolations,
  noteButton,
  noteField,
  openChecklist,
  openProgressActions,
  openStepActions,
  openWithStoredText,
  refuseClipboard,
  shareButton,
  tick,
  tickAll,
} from './helpers.ts';

const progressLink = { ...strings.progressLink, ...onDemandZhCN.progressLink };
const notice = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });
const resetDialog = (page: Page) => page.getByRole('dialog', { name: strings.reset.title });

/** Each state of the page worth checking, and how to bring it about in a fresh browser context. */
const STATES: { name: string; arrange: (page: Page, guard: PageGuard) => Promise<void> }[] = [
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
      await tick(page, item('back-up-data'));
      await tick(page, item('submit-request'));
      await tick(page, item('keep-records'));
      await expect(doneCount(page, 3)).toBeVisible();
    },
  },
  {
    name: `all ${STEP_COUNT} ticked, with the completion message`,
    arrange: async (page) => {
      await openChecklist(page);
      await tickAll(page);
      await expect(doneCount(page, STEP_COUNT)).toBeVisible();
      await expect(page.getByRole('heading', { name: guideIn('zh-CN').completion.title })).toBeVisible();
    },
  },
  {
    name: 'the notice that the app could not start',
    arrange: async (page, guard) => {
      await guard.blockRequests(page, /\/assets\/[\w.-]+\.js$/, /\/assets\/index-[\w-]+\.js$/);
      await page.goto('./');
      await expect(notice(page, onDemandZhCN.startFailed)).toBeVisible();
    },
  },
  {
    name: 'the reset dialog open',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, item('settle-bills'));
      await tick(page, item('wait-for-review'));
      await openProgressActions(page);
      await page.getByRole('button', { name: strings.reset.button }).click();
      await expect(resetDialog(page)).toBeVisible();
    },
  },
  {
    name: 'the undo notice after a reset',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, item('settle-bills'));
      await tick(page, item('wait-for-review'));
      await openProgressActions(page);
      await page.getByRole('button', { name: strings.reset.button }).click();
      const dialog = resetDialog(page);
      await dialog.getByRole('button', { name: strings.reset.confirm }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: strings.reset.undo })).toBeVisible();
      await expect(page.getByText(strings.reset.cleared)).toBeVisible();
    },
  },
  {
    name: 'the 更多 beside 发送进度 and a done step’s 更多 open',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, item('wait-for-review'));
      await openProgressActions(page);
      await openStepActions(page, item('wait-for-review'));
      await expect(page.getByRole('button', { name: strings.reset.button })).toBeEnabled();
    },
  },
  {
    name: 'the unknown-link notice',
    arrange: async (page) => {
      await openChecklist(page, './#no-such-step');
      await expect(notice(page, strings.link.notFound)).toBeVisible();
    },
  },
  {
    name: 'the storage-recovered notice',
    arrange: async (page) => {
      await openWithStoredText(page, PARTLY_BROKEN_PROGRESS);
      await expect(notice(page, strings.storage.recovered['backed-up'])).toBeVisible();
    },
  },
  {
    name: 'the storage-unavailable notice',
    arrange: async (page) => {
      await blockStorage(page);
      await openChecklist(page);
      await expect(notice(page, strings.storage.unavailable)).toBeVisible();
    },
  },
  {
    name: 'the copy-by-hand share field',
    arrange: async (page) => {
      await refuseClipboard(page);
      await openChecklist(page);
      await openStepActions(page, item('submit-request'));
      await shareButton(page, item('submit-request')).click();
      await expect(page.getByRole('textbox', { name: strings.share.manualLabel })).toBeFocused();
    },
  },
  {
    name: 'the send dialog, with notes, its link copied',
    arrange: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await openChecklist(page);
      await checkbox(page, item('update-wechat')).check();
      await openStepActions(page, item('contact-carrier'));
      await noteButton(page, item('contact-carrier')).click();
      await noteField(page, item('contact-carrier')).fill('工单号 A-1024');
      await noteField(page, item('contact-carrier')).blur();
      await page.getByRole('button', { name: progressLink.send }).click();
      const sending = page.getByRole('dialog', { name: progressLink.sendTitle });
      await sending.getByRole('checkbox', { name: progressLink.withNotes(1) }).check();
      await expect(sending.getByText(progressLink.notesSeen)).toBeVisible();
      await sending.getByRole('button', { name: progressLink.copy }).click();
      await expect(sending.getByRole('status')).toHaveText(progressLink.copied);
    },
  },
  {
    name: 'a step with some parts done, a note open, explanations hidden',
    arrange: async (page) => {
      await openChecklist(page);
      await checkbox(page, item('update-wechat')).check();
      await openStepActions(page, item('contact-carrier'));
      await noteButton(page, item('contact-carrier')).click();
      await noteField(page, item('contact-carrier')).fill('工单号 A-1024');
      await page.getByRole('button', { name: strings.details.hide }).click();
      await expect(page.getByRole('button', { name: strings.details.show })).toBeVisible();
    },
  },
  {
    name: 'the English page, with a step done',
    arrange: async (page) => {
      await openChecklist(page);
      await tick(page, item('settle-bills'));
      await page.getByRole('button', { name: LANGUAGE_NAMES.en }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(checkbox(page, item('settle-bills', 'en'))).toBeChecked();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (WCAG 2.2 AA), ${colorScheme} colour scheme`, () => {
    for (const { name, arrange } of STATES) {
      test(`no violations: ${name}`, async ({ page, pageGuard }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await arrange(page, pageGuard);
        expect(
          await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          'dark colour scheme in effect',
        ).toBe(colorScheme === 'dark');
        await expectNoAxeViolations(page, testInfo);
      });
    }
  });
}
