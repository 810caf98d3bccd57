import { describe, expect, test } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STAGE_ATTRIBUTE } from '../../src/progress/stage.ts';
import { checkboxId } from '../../src/links/domIds.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { item, STEP_COUNT } from '../support/guide.ts';
import type { EngineDriver, Target } from './driver.ts';
import {
  checkbox,
  checkboxStates,
  CHINESE,
  controlStates,
  openChecklist,
  prerenderedControls,
  storedDoneIds,
  storedProgress,
  summaryCount,
  tickedBoxes,
  waitUntilReady,
} from './checklist.ts';
import { ENGINES, type Engine } from './engines.ts';
import type { TestServer } from './server.ts';
import { withSession } from './session.ts';

/** The chunk that starts the app (src/start.tsx), loaded after the first paint. */
const APP_START = /^\/assets\/start-[\w-]+\.js$/;

/** A step without parts; a part of a step with two; another step; another part. */
const STEP = item('back-up-data');
const PART = item('return-sim-card');
const OTHER_STEP = item('settle-bills');
const OTHER_PART = item('settle-final-bill');

/**
 * A box, while the app is held back. By its id: Firefox answers a query by role and name only once
 * the page has finished loading, which a page whose script is held back never does.
 */
const heldBox = (entry: { id: string }): Target => ({ css: `#${checkboxId(entry.id)}` });

/** Whether the app has taken the page over from the early script (src/progress/stage.ts). */
const appStarted = (page: EngineDriver) =>
  page.evaluate((attribute) => document.documentElement.getAttribute(attribute) === 'app', STAGE_ATTRIBUTE);

/**
 * Opens the checklist with the app's start held back by the server (and no service worker to
 * serve it instead), once the page has asked for it; returns the hold.
 */
async function openWithAppHeld(engine: Engine, page: EngineDriver, server: TestServer) {
  const start = server.hold(APP_START);
  await page.open(server.url(CHINESE));
  await expect.poll(() => start.waiting, { message: `[${engine.name}] the page asks for the app` }).toBe(1);
  return start;
}

/** Ticks `entries` with the app running, and waits until they are stored. */
async function storeTicks(
  engine: Engine,
  page: EngineDriver,
  server: TestServer,
  entries: readonly { id: string; title: string }[],
) {
  await openChecklist(page, server);
  for (const entry of entries) await page.click(checkbox(entry));
  await expect
    .poll(() => storedDoneIds(page), { message: `[${engine.name}] the ticks stored` })
    .toEqual(entries.map((entry) => entry.id).sort());
}

for (const engine of ENGINES) {
  describe(`[${engine.name}] from the first paint`, () => {
    test('with the app held back, the page shows the stored ticks and what they count, and its boxes take ticks', () =>
      withSession(engine, async ({ page, server }) => {
        server.refuse(/^\/sw\.js$/);
        await storeTicks(engine, page, server, [STEP, PART]);
        const start = await openWithAppHeld(engine, page, server);

        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked before the app starts`).toEqual([
          checkboxId(STEP.id),
          checkboxId(PART.id),
        ]);
        expect(await summaryCount(page), `[${engine.name}] the summary before the app starts`).toBe(
          strings.doneCount(1, STEP_COUNT),
        );
        expect(
          (await checkboxStates(page)).filter((box) => box.disabled),
          `[${engine.name}] boxes that wait for the app`,
        ).toEqual([]);
        expect(await appStarted(page), `[${engine.name}] the app has started`).toBe(false);

        start.release();
        await expect.poll(() => appStarted(page), { message: `[${engine.name}] the app starts` }).toBe(true);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked once the app has started`).toEqual([
          checkboxId(STEP.id),
          checkboxId(PART.id),
        ]);
        expect(await summaryCount(page)).toBe(strings.doneCount(1, STEP_COUNT));
      }));

    test('ticks and unticks made before the app starts are shown, stored and counted, and the app keeps them', () =>
      withSession(engine, async ({ page, server }) => {
        server.refuse(/^\/sw\.js$/);
        await storeTicks(engine, page, server, [STEP]);
        const start = await openWithAppHeld(engine, page, server);

        await page.click(heldBox(OTHER_STEP));
        await page.click(heldBox(OTHER_PART));
        await page.click(heldBox(STEP));
        const expected = [checkboxId(OTHER_STEP.id), checkboxId(OTHER_PART.id)];
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked before the app starts`).toEqual(expected);
        expect(await storedDoneIds(page), `[${engine.name}] stored at once`).toEqual(
          [OTHER_STEP.id, OTHER_PART.id].sort(),
        );
        expect(await summaryCount(page)).toBe(strings.doneCount(1, STEP_COUNT));

        start.release();
        await expect.poll(() => appStarted(page), { message: `[${engine.name}] the app starts` }).toBe(true);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked once the app has started`).toEqual(expected);
        expect(await storedDoneIds(page)).toEqual([OTHER_STEP.id, OTHER_PART.id].sort());
        expect(await summaryCount(page)).toBe(strings.doneCount(1, STEP_COUNT));
      }));

    test('on a reload, the page shows what is stored, not what the page last showed, until the app starts', () =>
      withSession(engine, async ({ page, server }) => {
        server.refuse(/^\/sw\.js$/);
        await storeTicks(engine, page, server, [STEP, PART]);
        // Another tab unticks the step: the page still shows it ticked, and its buttons enabled.
        const stored = await storedProgress(page);
        if (stored === null) throw new Error('nothing stored');
        const done = Object.fromEntries(Object.entries(stored.state.done).filter(([id]) => id !== STEP.id));
        await page.evaluate(
          (key, value) => window.localStorage.setItem(key, value),
          STORAGE_KEY,
          JSON.stringify({ ...stored, state: { ...stored.state, done } }),
        );
        const start = server.hold(APP_START);
        await page.reload();
        await expect
          .poll(() => start.waiting, { message: `[${engine.name}] the reloaded page asks for the app` })
          .toBe(1);

        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked before the app starts`).toEqual([
          checkboxId(PART.id),
        ]);
        const buttons = async (states: Promise<{ kind: string }[]>) =>
          (await states).filter((control) => control.kind === 'button');
        expect(
          await buttons(controlStates(page)),
          `[${engine.name}] the buttons that wait for the app, as the page has them before it starts`,
        ).toEqual(await buttons(prerenderedControls(CHINESE)));

        start.release();
        await expect.poll(() => appStarted(page), { message: `[${engine.name}] the app starts` }).toBe(true);
        expect(await tickedBoxes(page)).toEqual([checkboxId(PART.id)]);
      }));

    test('a tap on a button before the app starts turns it, and the app carries it out once it has', () =>
      withSession(engine, async ({ page, server }) => {
        server.refuse(/^\/sw\.js$/);
        const start = await openWithAppHeld(engine, page, server);
        await waitUntilReady(page, CHINESE);
        const send = strings.progressLink.send;
        /** 发送进度's state: busy while its tap is held; whether its dialog is open. */
        const sendState = () =>
          page.evaluate(
            (name) => ({
              busy: [...document.querySelectorAll('button')].find((button) => button.textContent === name)?.ariaBusy,
              dialog: document.querySelector('dialog[open]') !== null,
            }),
            send,
          );
        await page.click({ role: 'button', name: strings.more.stepLabel(STEP.title) });
        await page.click({ role: 'button', name: send });
        expect(await sendState(), `[${engine.name}] the button tapped last turns; nothing opens yet`).toEqual({
          busy: 'true',
          dialog: false,
        });
        expect(await appStarted(page)).toBe(false);

        start.release();
        await expect
          .poll(sendState, { message: `[${engine.name}] its dialog opens once the app has started` })
          .toEqual({ busy: null, dialog: true });
        expect(
          await page.evaluate(
            (name) => document.querySelector(`button[aria-label="${name}"]`)?.getAttribute('aria-expanded'),
            strings.more.stepLabel(STEP.title),
          ),
          `[${engine.name}] the tap it took the place of is not carried out`,
        ).toBe('false');
      }));

    test('a tick made before the app starts is kept when the page is left at once', () =>
      withSession(engine, async ({ page, server }) => {
        server.refuse(/^\/sw\.js$/);
        const start = await openWithAppHeld(engine, page, server);
        await waitUntilReady(page, CHINESE);
        await page.click(heldBox(STEP));
        await page.open('about:blank');
        start.release();

        await openChecklist(page, server);
        expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked when the page is opened again`).toEqual([
          checkboxId(STEP.id),
        ]);
        expect(await storedDoneIds(page)).toEqual([STEP.id]);
      }));
  });
}
