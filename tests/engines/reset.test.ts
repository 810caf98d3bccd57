import { describe, expect, test } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { checkboxId } from '../../src/links/domIds.ts';
import { item, STEP_COUNT } from '../support/guide.ts';
import {
  announcements,
  checkbox,
  CHINESE,
  focusedName,
  noteButton,
  noteField,
  openChecklist,
  openProgressActions,
  openStepActions,
  storedDoneIds,
  storedNote,
  storedProgress,
  summaryCount,
  tickedBoxes,
  waitUntilReady,
} from './checklist.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

/** Two steps and a part of a third, in page order: 2 of the summary's steps. */
const TICKED = [item('back-up-data'), item('return-sim-card'), item('keep-records')];
const NOTED = item('contact-carrier');
const NOTE = '工单号 A-2024-0117';
const RESET = { role: 'button', name: strings.reset.button };

for (const engine of ENGINES) {
  describe(`[${engine.name}] reset`, () => {
    test('reset asks first, clears every tick and note, and undo brings back exactly what was stored', () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server);
        await openProgressActions(page);
        expect(
          (await page.read(RESET)).disabled,
          `[${engine.name}] the reset button, with nothing to clear, is disabled`,
        ).toBe(true);
        for (const entry of TICKED) await page.click(checkbox(entry));
        await openStepActions(page, NOTED);
        await page.click(noteButton(NOTED));
        await page.type(noteField(NOTED), NOTE);
        await expect.poll(() => storedNote(page, NOTED.id), { message: `[${engine.name}] the note stored` }).toBe(NOTE);
        expect(await storedDoneIds(page), `[${engine.name}] the ticks stored`).toEqual(
          TICKED.map((entry) => entry.id).sort(),
        );
        const before = await storedProgress(page);
        const tickedBefore = TICKED.map((entry) => checkboxId(entry.id));
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked`).toEqual(tickedBefore);

        // Escape closes the question, clears nothing, and gives focus back to the button.
        await page.click(RESET);
        await expect
          .poll(() => focusedName(page), { message: `[${engine.name}] the question has focus, on its cancel button` })
          .toBe(strings.reset.cancel);
        await page.press('Escape');
        await expect
          .poll(() => focusedName(page), { message: `[${engine.name}] focus after Escape` })
          .toBe(strings.reset.button);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked after Escape`).toEqual(tickedBefore);
        expect(await storedProgress(page), `[${engine.name}] the progress stored after Escape`).toEqual(before);

        await page.click(RESET);
        await page.click({ role: 'button', name: strings.reset.confirm });
        await expect
          .poll(() => tickedBoxes(page), { message: `[${engine.name}] the boxes ticked after the reset` })
          .toEqual([]);
        expect(await summaryCount(page), `[${engine.name}] the summary after the reset`).toBe(
          strings.doneCount(0, STEP_COUNT),
        );
        await expect
          .poll(async () => (await storedProgress(page))?.state, {
            message: `[${engine.name}] the progress stored after the reset`,
          })
          .toEqual({ done: {}, notes: {} });
        await expect
          .poll(() => focusedName(page), { message: `[${engine.name}] focus after the reset` })
          .toBe(strings.reset.undo);

        await page.click({ role: 'button', name: strings.reset.undo });
        // The page says so for a few seconds only, so that is looked for first.
        await expect
          .poll(() => announcements(page), { message: `[${engine.name}] what the page says after undo` })
          .toContain(strings.reset.restored);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked after undo`).toEqual(tickedBefore);
        expect(await summaryCount(page), `[${engine.name}] the summary after undo`).toBe(
          strings.doneCount(2, STEP_COUNT),
        );
        expect(await focusedName(page), `[${engine.name}] focus after undo`).toBe(strings.reset.button);
        // The very ticks, with the times they were made, and the note.
        await expect
          .poll(() => storedProgress(page), { message: `[${engine.name}] the progress stored after undo` })
          .toEqual(before);

        await page.reload();
        await waitUntilReady(page, CHINESE);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked after a reload`).toEqual(tickedBefore);
        // A saved note shows on its step; its field opens for editing.
        await openStepActions(page, NOTED);
        await page.click(noteButton(NOTED));
        expect((await page.read(noteField(NOTED))).value, `[${engine.name}] the note after a reload`).toBe(NOTE);
      }));
  });
}
