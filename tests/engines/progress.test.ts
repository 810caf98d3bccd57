import { describe, expect, test } from 'vitest';
import { checkboxId } from '../../src/links/domIds.ts';
import { item } from '../support/guide.ts';
import {
  checkbox,
  controlStates,
  noteButton,
  noteField,
  prerenderedControls,
  storedDoneIds,
  storedNote,
  tickedBoxes,
  waitUntilReady,
} from './checklist.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

/** A step without parts, and a part of another step. */
const STEP = item('back-up-data');
const PART = item('bring-id-original');

/** The chunk that starts the app (src/start.tsx), loaded after the first paint. */
const APP_START = /^\/assets\/start-[\w-]+\.js$/;

for (const engine of ENGINES) {
  describe(`[${engine.name}] progress`, () => {
    test('on a reload, the boxes and buttons show nothing stale and take no ticks until the stored ones are shown', () =>
      withSession(engine, async ({ page, server }) => {
        // Without a service worker, every script of the reload comes from the server, which can
        // then hold back the start of the app.
        server.refuse(/^\/sw\.js$/);
        await page.open(server.url('/'));
        await waitUntilReady(page, '/');
        await page.click(checkbox(STEP));
        await page.click(checkbox(PART));
        await expect
          .poll(() => storedDoneIds(page), { message: `[${engine.name}] the ticks stored` })
          .toEqual([PART.id, STEP.id].sort());

        const start = server.hold(APP_START);
        await page.reload();
        await expect
          .poll(() => start.waiting, { message: `[${engine.name}] the reloaded page asks for the app` })
          .toBe(1);
        expect(
          await controlStates(page),
          `[${engine.name}] before the app starts, every box and button is as the prerendered page has it`,
        ).toEqual(await prerenderedControls('/'));

        start.release();
        await waitUntilReady(page, '/');
        expect(await tickedBoxes(page), `[${engine.name}] the stored ticks, once the app has started`).toEqual([
          checkboxId(STEP.id),
          checkboxId(PART.id),
        ]);
      }));

    test('a note is saved as it is typed, and is there after a reload', () =>
      withSession(engine, async ({ page, server }) => {
        const note = '工单号 A-2024-0117';
        await page.open(server.url('/'));
        await waitUntilReady(page, '/');
        await page.click(noteButton(STEP));
        await page.type(noteField(STEP), note);
        await expect.poll(() => storedNote(page, STEP.id), { message: `[${engine.name}] the note stored` }).toBe(note);

        await page.reload();
        await waitUntilReady(page, '/');
        expect((await page.read(noteField(STEP))).value, `[${engine.name}] the note after a reload`).toBe(note);
      }));
  });
}
