// Two things the world does to this page: a chat app changes the links to it, and a browser clears
// its storage (Safari after seven days without a visit) before the person comes back by a reminder.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { encodeProgress } from '../../src/links/progressLink.ts';
import { item, STEP_COUNT } from '../support/guide.ts';
import {
  checkbox,
  CHINESE,
  focusedName,
  openChecklist,
  openStepActions,
  storedDoneIds,
  summaryCount,
  waitUntilReady,
} from './checklist.ts';
import type { EngineDriver } from './driver.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

const { progressLink: text, reminder } = onDemandZhCN;
const WAITING = item('wait-for-review');
const DONE = [item('back-up-data'), item('settle-bills')];

/** The title of the open modal dialog, if one is open. */
const openDialog = (page: EngineDriver) =>
  page.evaluate(() => document.querySelector('dialog[open] h2')?.textContent ?? null);

const hash = (page: EngineDriver) => page.evaluate(() => window.location.hash);

/** The calendar file the reminder dialog offers, as the link named `name` carries it. */
const offeredCalendar = (page: EngineDriver, name: string) =>
  page.evaluate((linkName) => {
    const link = [...document.querySelectorAll('dialog[open] a')].find((a) => a.textContent === linkName);
    const href = link?.getAttribute('href') ?? '';
    return decodeURIComponent(href.slice(href.indexOf(',') + 1));
  }, name);

for (const engine of ENGINES) {
  describe(`[${engine.name}] links and reminders after what the world does to them`, () => {
    const says = (what: string) => `[${engine.name}] ${what}`;

    test('a link changed by a chat app still opens its step, or its progress', () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server, `${CHINESE}?from=singlemessage&isappinstalled=0#${WAITING.id}&appinstall=0`);
        await expect.poll(() => focusedName(page), { message: says('focus') }).toBe(WAITING.title);
        await expect.poll(() => hash(page), { message: says('the address, cleaned') }).toBe(`#${WAITING.id}`);

        await openChecklist(page, server, `${CHINESE}#${WAITING.id}）`);
        await expect.poll(() => focusedName(page), { message: says('focus') }).toBe(WAITING.title);

        const sent = encodeProgress({ done: { 'back-up-data': null, 'settle-bills': null }, notes: {} }, false);
        await openChecklist(page, server, `${CHINESE}#${sent}?from=timeline`);
        await expect.poll(() => openDialog(page), { message: says('the dialog') }).toBe(text.incomingTitle);
      }));

    test('wiped storage brought back through a reminder, in one tap; where kept, straight to the step', () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server);
        for (const entry of DONE) await page.click(checkbox(entry));
        await openStepActions(page, WAITING);
        await page.click({ role: 'button', name: strings.reminder.buttonLabel(WAITING.title) });
        await expect
          .poll(() => openDialog(page), { message: says('the reminder') })
          .toBe(reminder.title(WAITING.title));
        const calendar = await offeredCalendar(page, reminder.download);
        const url = ICAL.Component.fromString(calendar).getFirstSubcomponent('vevent')?.getFirstPropertyValue('url');
        if (typeof url !== 'string') throw new Error(says('the reminder holds no address'));

        // The browser clears the site's storage; days later the reminder is opened.
        await page.evaluate(() => window.localStorage.clear());
        await page.open('about:blank');
        await page.open(url);
        await waitUntilReady(page, CHINESE);
        await expect.poll(() => openDialog(page), { message: says('the offer') }).toBe(text.reminderTitle);
        await page.click({ role: 'button', name: text.restore });
        await expect.poll(() => storedDoneIds(page), { message: says('stored') }).toEqual(DONE.map((e) => e.id).sort());
        expect(await summaryCount(page), says('the summary')).toBe(strings.doneCount(2, STEP_COUNT));
        await expect.poll(() => focusedName(page), { message: says('focus') }).toBe(WAITING.title);
        await expect.poll(() => hash(page), { message: says('the address') }).toBe(`#${WAITING.id}`);

        // The same reminder where its progress is kept: no question.
        await page.open('about:blank');
        await page.open(url);
        await waitUntilReady(page, CHINESE);
        await expect.poll(() => hash(page), { message: says('the address, at once') }).toBe(`#${WAITING.id}`);
        await expect.poll(() => focusedName(page), { message: says('focus, at once') }).toBe(WAITING.title);
        expect(await openDialog(page), says('no dialog')).toBeNull();
      }));
  });
}
