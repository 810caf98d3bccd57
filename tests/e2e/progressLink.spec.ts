// Progress that travels: sent as a link (and its QR code) from one browser, opened in another.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { formatProgressLink } from '../../src/links/progressLink.ts';
import { STEP_COUNT, item, step } from '../support/guide.ts';
import { LINK_FORMS } from '../support/linkForms.ts';
import { expect, test } from './fixtures.ts';
import {
  checkbox,
  expectNoAxeViolations,
  expectTicked,
  idsOf,
  noteButton,
  noteField,
  openChecklist,
  openStepActions,
  storedDoneIds,
  tick,
} from './helpers.ts';

const text = { ...strings.progressLink, ...onDemandZhCN.progressLink };
const { qr, reminder } = onDemandZhCN;
const backUp = item('back-up-data');
const settleBills = item('settle-bills');
const contactCarrier = item('contact-carrier');

/** The link the QR code on the page carries, read from a screenshot of it as a phone would. */
async function scanQrCode(page: Page): Promise<string> {
  const image = PNG.sync.read(await page.getByRole('img', { name: qr.label }).screenshot());
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (code === null) throw new Error('No QR code could be read from the screenshot.');
  return code.data;
}

test('progress sent as a QR code is looked at, merged and undone in another browser', async ({
  page: sender,
  browser,
  baseURL,
}, testInfo) => {
  await openChecklist(sender);
  await tick(sender, backUp);
  await tick(sender, settleBills);
  await sender.getByRole('button', { name: text.send }).click();
  const sending = sender.getByRole('dialog', { name: text.sendTitle });
  await expect(sending.getByText(text.contains(2, STEP_COUNT, 0))).toBeVisible();
  const shownLink = await sending.getByRole('textbox', { name: text.linkLabel }).inputValue();
  expect(new URL(shownLink).hash).toMatch(/^#progress=/);
  expect(await scanQrCode(sender)).toBe(shownLink);
  await expectNoAxeViolations(sender, testInfo);

  // Another device, with progress of its own.
  if (baseURL === undefined) throw new Error("The test needs the site's address.");
  const helper = await (await browser.newContext({ baseURL })).newPage();
  await openChecklist(helper);
  await tick(helper, contactCarrier);
  await helper.goto(shownLink);
  const incoming = helper.getByRole('dialog', { name: text.incomingTitle });
  await expect(incoming).toHaveAccessibleDescription(text.compare(2, 1, STEP_COUNT));
  await incoming.getByText(text.differ(3)).click();
  await expect(incoming.getByRole('listitem')).toHaveCount(3);
  await expectNoAxeViolations(helper, testInfo);
  expect(await storedDoneIds(helper)).toEqual([contactCarrier.id]);

  await incoming.getByRole('button', { name: text.look }).click();
  await expect(helper.getByRole('status').filter({ hasText: text.viewing(2, STEP_COUNT) })).toBeVisible();
  await expect(helper.getByRole('button', { name: text.backToMine })).toBeFocused();
  await expect(checkbox(helper, settleBills)).toBeChecked();
  await expect(checkbox(helper, settleBills)).toBeDisabled();
  await expect(checkbox(helper, contactCarrier)).not.toBeChecked();
  await expectNoAxeViolations(helper, testInfo);
  expect(await storedDoneIds(helper)).toEqual([contactCarrier.id]);
  await helper.getByRole('button', { name: text.backToMine }).click();
  await expect(helper.getByRole('heading', { level: 1 })).toBeFocused();
  await expectTicked(helper, [contactCarrier]);

  await helper.goto(shownLink);
  await helper.getByRole('dialog', { name: text.incomingTitle }).getByRole('button', { name: text.merge }).click();
  await expectTicked(helper, [backUp, settleBills, contactCarrier]);
  expect(await storedDoneIds(helper)).toEqual(idsOf([backUp, settleBills, contactCarrier]));
  expect(new URL(helper.url()).hash).toBe('');

  await helper.getByRole('button', { name: strings.reset.undo }).click();
  await expectTicked(helper, [contactCarrier]);
  expect(await storedDoneIds(helper)).toEqual([contactCarrier.id]);
});

test('looking at a link’s progress lasts through reloads in its tab, in a slim line, until the person goes back to their own', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await openChecklist(page);
  await tick(page, contactCarrier);
  const sent = { done: { [backUp.id]: null, [settleBills.id]: null }, notes: {} };
  await page.goto(formatProgressLink(sent, false, new URL('./', baseURL).href));
  await page.getByRole('dialog', { name: text.incomingTitle }).getByRole('button', { name: text.look }).click();
  const banner = page.getByRole('status').filter({ hasText: text.viewing(2, STEP_COUNT) });
  await expect(banner).toBeVisible();
  // One short line and its button, at the foot of the screen.
  const box = await banner.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(80);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(700);

  // In-app browsers reload often.
  await page.reload();
  await expect(banner).toBeVisible();
  await expectTicked(page, [backUp, settleBills]);
  await expect(checkbox(page, backUp)).toBeDisabled();
  expect(await storedDoneIds(page)).toEqual([contactCarrier.id]);

  // Another tab shows the person's own progress.
  const other = await page.context().newPage();
  await openChecklist(other);
  await expectTicked(other, [contactCarrier]);
  await expect(other.getByRole('button', { name: text.backToMine })).toHaveCount(0);
  await other.close();

  await page.getByRole('button', { name: text.backToMine }).click();
  await expectTicked(page, [contactCarrier]);
  await page.reload();
  await expectTicked(page, [contactCarrier]);
  await expect(page.getByRole('button', { name: text.backToMine })).toHaveCount(0);
});

test('notes travel only when the sender chooses, and a damaged link changes nothing', async ({ page }) => {
  await openChecklist(page);
  await tick(page, backUp);
  await openStepActions(page, contactCarrier);
  await noteButton(page, contactCarrier).click();
  await noteField(page, contactCarrier).fill('工单号 A123');
  await noteField(page, contactCarrier).blur();
  await page.getByRole('button', { name: text.send }).click();
  const sending = page.getByRole('dialog', { name: text.sendTitle });
  const field = sending.getByRole('textbox', { name: text.linkLabel });
  const withoutNotes = await field.inputValue();
  await sending.getByRole('checkbox', { name: text.withNotes(1) }).check();
  const withNotes = await field.inputValue();
  expect(withNotes.length).toBeGreaterThan(withoutNotes.length);
  expect(await scanQrCode(page)).toBe(withNotes);
  await sending.getByRole('button', { name: text.close }).click();
  await expect(page.getByRole('button', { name: text.send })).toBeFocused();

  const damaged = withNotes.replace(/;c=.*$/, ';c=0');
  await page.goto(damaged);
  await expect(page.getByRole('alert').filter({ hasText: text.unreadable })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await storedDoneIds(page)).toEqual([backUp.id]);
});

test('a progress link is read whole in every form chat apps make of it', async ({ page, baseURL }) => {
  const sent = formatProgressLink(
    { done: { [backUp.id]: null, [settleBills.id]: null }, notes: { [contactCarrier.id]: '工单号 0042' } },
    true,
    new URL('./', baseURL).href,
  );
  await openChecklist(page);
  for (const form of LINK_FORMS) {
    await test.step(form.name, async () => {
      // Opened afresh, as from a message, in a browser that holds nothing.
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await page.goto(form.change(sent));
      const incoming = page.getByRole('dialog', { name: text.incomingTitle });
      await expect(incoming).toHaveAccessibleDescription(text.compare(2, 0, STEP_COUNT));
      await expect(incoming.getByText(text.partial)).toHaveCount(0);
      await incoming.getByRole('button', { name: text.use }).click();
      await expectTicked(page, [backUp, settleBills]);
      // The note taken shows on its step.
      await expect(
        page
          .getByRole('listitem')
          .filter({ has: checkbox(page, contactCarrier) })
          .getByText('工单号 0042'),
      ).toBeVisible();
    });
  }
});

/** The address a downloaded reminder links back to. */
async function reminderLink(page: Page, stepTitle: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: reminder.title(stepTitle) });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('link', { name: reminder.download }).click();
  const download = await downloading;
  const event = ICAL.Component.fromString(await readFile(await download.path(), 'utf8')).getFirstSubcomponent('vevent');
  const url = event?.getFirstPropertyValue('url');
  if (typeof url !== 'string') throw new Error('The reminder holds no address.');
  return url;
}

test('a reminder brings progress back, in one tap, to a browser that cleared it; where kept, straight to the step', async ({
  page,
  browser,
}, testInfo) => {
  const waiting = step('wait-for-review');
  await openChecklist(page);
  await tick(page, backUp);
  await tick(page, settleBills);
  await openStepActions(page, waiting);
  await page.getByRole('button', { name: strings.reminder.buttonLabel(waiting.title) }).click();
  await expect(page.getByRole('dialog').getByText(reminder.carries(2, STEP_COUNT))).toBeVisible();
  const url = await reminderLink(page, waiting.title);

  // The same browser, with its storage cleared: a fresh one.
  const wiped = await (await browser.newContext()).newPage();
  await wiped.goto(url);
  const offer = wiped.getByRole('dialog', { name: text.reminderTitle });
  await expect(offer).toHaveAccessibleDescription(text.reminderCompare(2, 0, STEP_COUNT));
  await expect(offer.getByRole('button').first()).toHaveAccessibleName(text.restore);
  await expectNoAxeViolations(wiped, testInfo);
  await offer.getByRole('button', { name: text.restore }).click();
  await expectTicked(wiped, [backUp, settleBills]);
  await expect(checkbox(wiped, waiting)).toBeFocused();
  await expect.poll(() => wiped.evaluate(() => window.location.hash)).toBe(`#${waiting.id}`);
  expect(await storedDoneIds(wiped)).toEqual(idsOf([backUp, settleBills]));

  // Where that progress is kept: no question, straight to the step.
  await page.goto('about:blank');
  await page.goto(url);
  await expect(checkbox(page, waiting)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${waiting.id}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectTicked(page, [backUp, settleBills]);
});

test('progress copied from the send dialog says so inside the dialog, as a sentence a person would send', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecklist(page);
  await tick(page, backUp);
  await page.getByRole('button', { name: text.send }).click();
  const sending = page.getByRole('dialog', { name: text.sendTitle });
  const shownLink = await sending.getByRole('textbox', { name: text.linkLabel }).inputValue();
  await sending.getByRole('button', { name: text.copy }).click();

  await expect(sending.getByRole('status')).toHaveText(text.copied);
  await expect(sending.getByRole('status')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `我注销保号卡的进度（1/${STEP_COUNT}）：${shownLink}`,
  );
});

test('a reminder for the review downloads as a calendar event that links back to the step', async ({
  page,
  baseURL,
}, testInfo) => {
  const waiting = step('wait-for-review');
  await openChecklist(page);
  await openStepActions(page, waiting);
  await page.getByRole('button', { name: strings.reminder.buttonLabel(waiting.title) }).click();
  const dialog = page.getByRole('dialog', { name: reminder.title(waiting.title) });
  await expect(dialog.getByRole('spinbutton', { name: reminder.days })).toHaveValue('3');
  await expect(dialog.getByText(reminder.ifNothingDownloads)).toBeVisible();
  await expectNoAxeViolations(page, testInfo);

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('link', { name: reminder.download }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(reminder.fileName);
  const event = new ICAL.Event(
    ICAL.Component.fromString(await readFile(await download.path(), 'utf8')).getFirstSubcomponent('vevent') ??
      undefined,
  );
  expect(event.summary).toBe(reminder.eventTitle(waiting.title));
  expect(event.description).toContain(new URL('#progress=', baseURL).href);
  await expect(dialog.getByRole('status')).toHaveText(reminder.saved);
  await expect(dialog.getByRole('status')).toBeVisible();
});

test.describe('parts loaded on demand, on a poor network', () => {
  // Nothing cached yet: as on a first visit.
  test.use({ serviceWorkers: 'block' });

  test('one that cannot be loaded says so in its place, and the checklist works on', async ({ page }) => {
    // The note field's code fails as it loads, as a module cut off by the network would.
    await page.route(/\/assets\/NoteEditor-[\w-]+\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("cut off");' }),
    );
    await openChecklist(page);
    await openStepActions(page, contactCarrier);
    await noteButton(page, contactCarrier).click();
    await expect(page.getByRole('alert').filter({ hasText: strings.loadFailed })).toBeVisible();
    await expect(page.getByRole('checkbox')).not.toHaveCount(0);
    await tick(page, settleBills);
    expect(await storedDoneIds(page)).toEqual([settleBills.id]);
  });

  test('while fetched on a slow network, the page says a dialog is opening', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/SendDialog-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openChecklist(page);
    await page.getByRole('button', { name: text.send }).click();
    await expect(page.getByRole('status').filter({ hasText: strings.opening })).toBeVisible();
    release();
    await expect(page.getByRole('dialog', { name: text.sendTitle })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: strings.opening })).toHaveCount(0);
  });
});
