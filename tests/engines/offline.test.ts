import { describe, expect, test } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { checkboxId } from '../../src/links/domIds.ts';
import { item, STEP_COUNT } from '../support/guide.ts';
import {
  checkbox,
  CHINESE,
  ENGLISH,
  openChecklist,
  pageIn,
  pageShown,
  storedDoneIds,
  summaryCount,
  tickedBoxes,
  waitUntilReady,
  workingOffline,
} from './checklist.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

const BEFORE = item('settle-bills');
const OFFLINE = item('wait-for-review');

for (const engine of ENGINES) {
  describe(`[${engine.name}] offline`, () => {
    test('after one visit, the checklist opens with its ticks when the site is down, and still takes ticks', () =>
      withSession(engine, async ({ page, server }) => {
        await openChecklist(page, server);
        await page.click(checkbox(BEFORE));
        await expect
          .poll(() => workingOffline(page), { message: `[${engine.name}] a service worker is active` })
          .toBe(true);

        server.refuse(/.*/);
        await page.reload();
        await waitUntilReady(page, CHINESE);
        expect(await pageShown(page), `[${engine.name}] the page offline`).toEqual(
          pageIn('zh-CN', server.url(CHINESE)),
        );
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked offline`).toEqual([checkboxId(BEFORE.id)]);

        await page.click(checkbox(OFFLINE));
        await expect
          .poll(() => tickedBoxes(page), { message: `[${engine.name}] the boxes ticked offline` })
          .toEqual([checkboxId(BEFORE.id), checkboxId(OFFLINE.id)]);
        expect(await summaryCount(page), `[${engine.name}] the summary offline`).toBe(strings.doneCount(2, STEP_COUNT));
        await expect
          .poll(() => storedDoneIds(page), { message: `[${engine.name}] the ticks stored offline` })
          .toEqual([BEFORE.id, OFFLINE.id].sort());

        // The English page too, though it was never opened.
        await openChecklist(page, server, ENGLISH);
        expect(await pageShown(page), `[${engine.name}] the English page offline`).toEqual(
          pageIn('en', server.url(ENGLISH)),
        );
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked in English offline`).toEqual([
          checkboxId(BEFORE.id),
          checkboxId(OFFLINE.id),
        ]);
      }));
  });
}
