import { describe, expect, test } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { checkboxId, sectionHeadingId } from '../../src/links/domIds.ts';
import { item, partsOf, section, STEP_COUNT } from '../support/guide.ts';
import type { EngineDriver } from './driver.ts';
import {
  checkbox,
  CHINESE,
  noteButton,
  noteField,
  openChecklist,
  openStepActions,
  storedDoneIds,
  storedNote,
  summaryCount,
  tickedBoxes,
  waitUntilReady,
} from './checklist.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

/** A step without parts. */
const STEP = item('back-up-data');

/** A step with parts, and its section. */
const WITH_PARTS = item('complete-formalities');
const PARTS = partsOf(WITH_PARTS.id);
const ITS_SECTION = section('cancellation-steps');

/** A step's box as a person sees it: ticked, mixed (some parts ticked), and its label with "N / M". */
const stepBox = (page: EngineDriver, id: string) =>
  page.evaluate((boxId) => {
    const box = document.getElementById(boxId) as HTMLInputElement;
    return { checked: box.checked, mixed: box.indeterminate, label: box.labels?.[0]?.textContent };
  }, checkboxId(id));

/** The text of the section, its count as read out too ("本部分已完成 N 项，共 M 项"). */
const sectionText = (page: EngineDriver, id: string) =>
  page.evaluate(
    (headingId) => document.querySelector(`[aria-labelledby="${headingId}"]`)?.textContent,
    sectionHeadingId(id),
  );

for (const engine of ENGINES) {
  describe(`[${engine.name}] progress`, () => {
    test('a note is saved as it is typed, and is there after a reload', () =>
      withSession(engine, async ({ page, server }) => {
        const note = '工单号 A-2024-0117';
        await openChecklist(page, server);
        await openStepActions(page, STEP);
        await page.click(noteButton(STEP));
        await page.type(noteField(STEP), note);
        await expect.poll(() => storedNote(page, STEP.id), { message: `[${engine.name}] the note stored` }).toBe(note);

        await page.reload();
        await waitUntilReady(page, CHINESE);
        // A saved note shows on its step; its field opens for editing.
        await openStepActions(page, STEP);
        await page.click(noteButton(STEP));
        expect((await page.read(noteField(STEP))).value, `[${engine.name}] the note after a reload`).toBe(note);
      }));

    test('a step with parts is mixed until every part is ticked, then done; the counts follow, and it is stored', () =>
      withSession(engine, async ({ page, server }) => {
        const total = ITS_SECTION.items.length;
        const expectShown = async (partsDone: number) => {
          const done = partsDone === PARTS.length ? 1 : 0;
          const state = `with ${partsDone} of ${PARTS.length} parts ticked`;
          await expect
            .poll(() => stepBox(page, WITH_PARTS.id), { message: `[${engine.name}] the step's box ${state}` })
            .toEqual({
              checked: done === 1,
              mixed: partsDone > 0 && done === 0,
              label: `${WITH_PARTS.title}${strings.fraction(partsDone, PARTS.length)}`,
            });
          expect(await summaryCount(page), `[${engine.name}] the summary ${state}`).toBe(
            strings.doneCount(done, STEP_COUNT),
          );
          expect(await sectionText(page, ITS_SECTION.id), `[${engine.name}] the section ${state}`).toContain(
            strings.sectionCountLabel(done, total),
          );
        };

        await openChecklist(page, server);
        await expectShown(0);
        for (const [index, part] of PARTS.entries()) {
          await page.click(checkbox(part));
          await expectShown(index + 1);
        }
        await expect
          .poll(() => storedDoneIds(page), { message: `[${engine.name}] the ticks stored` })
          .toEqual(PARTS.map((part) => part.id).sort());

        await page.reload();
        await waitUntilReady(page, CHINESE);
        await expectShown(PARTS.length);

        // Unticking the step unticks every part.
        await page.click(checkbox(WITH_PARTS));
        await expectShown(0);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked`).toEqual([]);
        await expect.poll(() => storedDoneIds(page), { message: `[${engine.name}] the ticks stored` }).toEqual([]);
      }));
  });
}
