import { describe, expect, test } from 'vitest';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { checkboxId } from '../../src/links/domIds.ts';
import { encodeProgress } from '../../src/links/progressLink.ts';
import { item, STEP_COUNT } from '../support/guide.ts';
import {
  announcements,
  checkbox,
  CHINESE,
  checkboxStates,
  openChecklist,
  storedDoneIds,
  summaryCount,
  tickedBoxes,
} from './checklist.ts';
import type { EngineDriver } from './driver.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

const text = onDemandZhCN.progressLink;
const MINE = item('contact-carrier');
const THEIRS = [item('back-up-data'), item('settle-bills')];
/** A link from someone who has done two other steps. */
const LINK = `${CHINESE}#${encodeProgress({ done: { 'back-up-data': '2026-11-20T08:00:00.000Z', 'settle-bills': null }, notes: {} }, false)}`;

/** The title of the open modal dialog, if one is open. */
const openDialog = (page: EngineDriver) =>
  page.evaluate(() => document.querySelector('dialog[open] h2')?.textContent ?? null);

/** The element ids of the boxes of `entries`, as `tickedBoxes` lists them. */
const boxIds = (entries: readonly { id: string }[]) => entries.map((entry) => checkboxId(entry.id)).sort();
const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id).sort();

for (const engine of ENGINES) {
  describe(`[${engine.name}] progress links`, () => {
    test('a progress link opened is only looked at, then merged, and the merge undone', () =>
      withSession(engine, async ({ page, server }) => {
        const says = (what: string) => `[${engine.name}] ${what}`;
        await openChecklist(page, server);
        await page.click(checkbox(MINE));
        await expect.poll(() => storedDoneIds(page), { message: says('stored before') }).toEqual([MINE.id]);

        await openChecklist(page, server, LINK);
        await expect.poll(() => openDialog(page), { message: says('the dialog') }).toBe(text.incomingTitle);
        await page.click({ role: 'button', name: text.look });
        await expect
          .poll(() => announcements(page), { message: says('the banner') })
          .toEqual(expect.arrayContaining([expect.stringContaining(text.viewing(2, STEP_COUNT))]));
        expect(await tickedBoxes(page), says('the boxes shown')).toEqual(boxIds(THEIRS));
        expect(
          (await checkboxStates(page)).every((box) => box.disabled),
          says('every box is locked while looking'),
        ).toBe(true);
        expect(await storedDoneIds(page), says('stored while looking')).toEqual([MINE.id]);
        await page.click({ role: 'button', name: text.backToMine });
        await expect.poll(() => tickedBoxes(page), { message: says('back to mine') }).toEqual(boxIds([MINE]));

        await openChecklist(page, server, LINK);
        await expect.poll(() => openDialog(page), { message: says('the dialog again') }).toBe(text.incomingTitle);
        await page.click({ role: 'button', name: text.merge });
        await expect
          .poll(() => storedDoneIds(page), { message: says('stored once merged') })
          .toEqual(ids([MINE, ...THEIRS]));
        expect(await summaryCount(page), says('the summary')).toBe(strings.doneCount(3, STEP_COUNT));

        await page.click({ role: 'button', name: strings.reset.undo });
        await expect.poll(() => storedDoneIds(page), { message: says('stored once undone') }).toEqual([MINE.id]);
        expect(await tickedBoxes(page), says('the boxes once undone')).toEqual(boxIds([MINE]));
      }));
  });
}
