import type { Locator, Page } from '@playwright/test';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { CHECKBOX_COUNT, STEP_COUNT, item, step } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import {
  checkbox,
  openChecklist,
  openProgressActions,
  openStepActions,
  refuseClipboard,
  shareButton,
} from './helpers.ts';

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

test(`at ${WIDTH}px nothing scrolls sideways and every target is ${MIN_TARGET}px tall`, async ({ page }) => {
  // An unknown link, so that the notice and its button are on the page too.
  await openChecklist(page, './#no-such-step');
  await expect(page.getByRole('alert')).toBeVisible();
  await checkbox(page, item('back-up-data')).check();
  await expectNoSidewaysScroll(page);

  const checkboxes = await page.getByRole('checkbox').all();
  expect(checkboxes).toHaveLength(CHECKBOX_COUNT);
  for (const checkbox of checkboxes) {
    const label = await checkbox.evaluate((input: HTMLInputElement) => ({
      text: input.labels?.[0]?.textContent ?? '(no label)',
      height: input.labels?.[0]?.getBoundingClientRect().height ?? 0,
    }));
    expect(label.height, `label “${label.text}” height`).toBeGreaterThanOrEqual(MIN_TARGET);
  }

  // What is behind 更多 open too: the progress actions, and one step's.
  await openProgressActions(page);
  await openStepActions(page, item('back-up-data'));
  const buttons = await page.getByRole('button').all();
  expect(
    buttons.length,
    'a 更多 per step, and one step’s note, share and reminder; language, show/hide, send, 更多, copy, export, import, reset, dismiss',
  ).toBe(STEP_COUNT + 3 + 9);
  await expectTallEnough(buttons);

  await page.getByRole('button', { name: strings.reset.button }).click();
  const dialog = page.getByRole('dialog', { name: strings.reset.title });
  await expect(dialog).toBeVisible();
  await expectNoSidewaysScroll(page);
  const dialogButtons = await dialog.getByRole('button').all();
  expect(dialogButtons).toHaveLength(2);
  await expectTallEnough(dialogButtons);

  await dialog.getByRole('button', { name: strings.reset.confirm }).click();
  const undo = page.getByRole('button', { name: strings.reset.undo });
  await expect(undo).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectTallEnough([undo]);
});

// The address field's intrinsic width once pushed the page to 377px at 320px.
test(`at ${WIDTH}px the copy-by-hand link field fits`, async ({ page }) => {
  await refuseClipboard(page);
  await openChecklist(page);
  await expectNoSidewaysScroll(page);

  await openStepActions(page, item('update-linked-accounts'));
  await shareButton(page, item('update-linked-accounts')).click();
  const field = page.getByRole('textbox', { name: strings.share.manualLabel });
  await expect(field).toBeFocused();
  const close = page.getByRole('button', { name: strings.manualCopy.close, exact: true });
  await expectTallEnough([field, close]);
  await expectNoSidewaysScroll(page);
});

test(`at ${WIDTH}px the QR code and the reminder fit their dialogs`, async ({ page }) => {
  await openChecklist(page);
  await checkbox(page, item('back-up-data')).check();
  await page.getByRole('button', { name: strings.progressLink.send }).click();
  const sending = page.getByRole('dialog', { name: onDemandZhCN.progressLink.sendTitle });
  const code = sending.getByRole('img', { name: onDemandZhCN.qr.label });
  await expect(code).toBeVisible();
  expect((await code.boundingBox())?.width ?? 0, 'QR code width').toBeGreaterThanOrEqual(200);
  await expectNoSidewaysScroll(page);
  await expectTallEnough([
    sending.getByRole('textbox', { name: onDemandZhCN.progressLink.linkLabel }),
    ...(await sending.getByRole('button').all()),
  ]);
  await sending.getByRole('button', { name: onDemandZhCN.progressLink.close }).click();

  const waiting = step('wait-for-review');
  await openStepActions(page, waiting);
  await page.getByRole('button', { name: strings.reminder.buttonLabel(waiting.title) }).click();
  const reminding = page.getByRole('dialog', { name: onDemandZhCN.reminder.title(waiting.title) });
  await expect(reminding).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectTallEnough([
    reminding.getByRole('spinbutton'),
    reminding.getByRole('link', { name: onDemandZhCN.reminder.download }),
    ...(await reminding.getByRole('button').all()),
  ]);
});

for (const width of [320, 360]) {
  test(`at ${width}px the title breaks between its parts, never inside a word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    await openChecklist(page);
    const heading = page.getByRole('heading', { level: 1 });
    // Each run of letters the title must keep whole is drawn on one line.
    const lines = await heading.evaluate((h1) => {
      const text = h1.firstChild;
      if (text === null) return [];
      return ['分步清单', '卡保号卡'].map((word) => {
        const start = (text.textContent ?? '').indexOf(word);
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + word.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
    });
    expect(lines).toEqual([1, 1]);
  });
}
