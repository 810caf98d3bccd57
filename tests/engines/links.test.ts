import { describe, expect, test } from 'vitest';
import { allItems } from '../../src/content/guide.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { guideIn, item, STEP_COUNT } from '../support/guide.ts';
import type { EngineDriver } from './driver.ts';
import {
  announcements,
  checkbox,
  CHINESE,
  focusedName,
  noteButton,
  noteField,
  openChecklist,
  openStepActions,
  summaryCount,
  tickedBoxes,
} from './checklist.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

const SHARED = item('submit-request');
/** The first step, which the summary names as the next while nothing is done. */
const FIRST_STEP = item(allItems[0]?.id ?? '');
const SHARE = { role: 'button', name: strings.share.buttonLabel(SHARED.title) };
const LINK_FIELD = { role: 'textbox', name: strings.share.manualLabel };

/** The steps that stand out from the rest: those whose background is not the one most steps have. */
const highlightedSteps = (page: EngineDriver) =>
  page.evaluate(
    (ids) => {
      const backgrounds = ids.map((id) => {
        const step = document.getElementById(id);
        return step === null ? 'missing' : getComputedStyle(step).backgroundColor;
      });
      const counts = new Map<string, number>();
      for (const background of backgrounds) counts.set(background, (counts.get(background) ?? 0) + 1);
      const [usual] = [...counts].reduce((most, entry) => (entry[1] > most[1] ? entry : most));
      return ids.filter((_, index) => backgrounds[index] !== usual);
    },
    allItems.map((step) => step.id),
  );

/** Whether the step's top is on screen, below the top of the page. */
const scrolledTo = (page: EngineDriver, id: string) =>
  page.evaluate((stepId) => {
    const top = document.getElementById(stepId)?.getBoundingClientRect().top ?? -1;
    return top >= 0 && top < window.innerHeight && window.scrollY > 0;
  }, id);

/** What is selected in the field that has focus. */
const selectedText = (page: EngineDriver) =>
  page.evaluate(() => {
    const field = document.activeElement;
    return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement
      ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)
      : '';
  });

/** The text of each alert shown on the page (the notice that the app could not start waits hidden). */
const alerts = (page: EngineDriver) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="alert"]')]
      .filter((alert) => alert.closest('[hidden]') === null)
      .map((alert) => alert.textContent.trim()),
  );

/** Expects the link to be shown in a dialog, selected for copying by hand, and closes the dialog. */
async function expectShownToCopy(page: EngineDriver, link: string) {
  const engine = page.engine;
  await expect
    .poll(() => focusedName(page), { message: `[${engine}] the link's field has focus` })
    .toBe(strings.share.manualLabel);
  expect((await page.read(LINK_FIELD)).value, `[${engine}] the link shown`).toBe(link);
  expect(await selectedText(page), `[${engine}] the text selected`).toBe(link);
  expect(await announcements(page), `[${engine}] what the page says`).not.toContain(strings.share.copied);
  await page.click({ role: 'button', name: strings.manualCopy.close });
  await expect
    .poll(() => focusedName(page), { message: `[${engine}] focus once the dialog is closed` })
    .toBe(SHARE.name);
}

for (const engine of ENGINES) {
  describe(`[${engine.name}] links`, () => {
    // None of these headless browsers has a share sheet: each copies the link.
    test("sharing a step copies this page's address ending in the step's id", () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server);
        await openStepActions(page, SHARED);
        await page.click(SHARE);
        const link = server.url(`${CHINESE}#${SHARED.id}`);
        await expect
          .poll(() => announcements(page), { message: `[${engine.name}] what the page says` })
          .toContain(strings.share.copied);
        // What was copied is what a person gets by pasting it, here into the step's note.
        await page.click(noteButton(SHARED));
        await page.click(noteField(SHARED));
        await page.press('Control+v');
        expect((await page.read(noteField(SHARED))).value, `[${engine.name}] the link pasted`).toBe(link);
      }));

    test('when the clipboard refuses, the link is shown selected, to copy by hand', () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server);
        await page.evaluate(() => {
          navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused.', 'NotAllowedError'));
        });
        await openStepActions(page, SHARED);
        await page.click(SHARE);
        await expectShownToCopy(page, server.url(`${CHINESE}#${SHARED.id}`));
      }));

    test('a link to a step shows it, focused and highlighted, and ticks nothing; so does the link to the next step', () =>
      withSession(engine, async ({ page, server }) => {
        const linked = item('wait-for-review');
        await openChecklist(page, server, `${CHINESE}#${linked.id}`);
        await expect.poll(() => focusedName(page), { message: `[${engine.name}] focus` }).toBe(linked.title);
        await expect
          .poll(() => scrolledTo(page, linked.id), { message: `[${engine.name}] the step is scrolled to` })
          .toBe(true);
        await expect
          .poll(() => highlightedSteps(page), { message: `[${engine.name}] the steps highlighted` })
          .toEqual([linked.id]);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked`).toEqual([]);
        expect(await alerts(page), `[${engine.name}] alerts`).toEqual([]);

        await page.click({ role: 'link', name: FIRST_STEP.title });
        await expect.poll(() => focusedName(page), { message: `[${engine.name}] focus` }).toBe(FIRST_STEP.title);
        await expect
          .poll(() => highlightedSteps(page), { message: `[${engine.name}] the steps highlighted` })
          .toEqual([FIRST_STEP.id]);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked`).toEqual([]);
      }));

    test('an unknown link says so, and the checklist still works', () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server, `${CHINESE}#no-such-step`);
        await expect
          .poll(() => alerts(page), { message: `[${engine.name}] alerts` })
          .toEqual([expect.stringContaining(strings.link.notFound)]);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked`).toEqual([]);

        await page.click(checkbox(item('settle-bills')));
        await expect
          .poll(() => summaryCount(page), { message: `[${engine.name}] the summary` })
          .toBe(strings.doneCount(1, STEP_COUNT));
        await page.click({ role: 'button', name: strings.dismiss });
        await expect.poll(() => alerts(page), { message: `[${engine.name}] alerts once dismissed` }).toEqual([]);
        expect(await focusedName(page), `[${engine.name}] focus once dismissed`).toBe(guideIn('zh-CN').title);
      }));
  });
}
