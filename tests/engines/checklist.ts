// The checklist as the journeys see it, in any engine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Lang } from '../../src/content/lang.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { STEP_COUNT, guideIn, type Entry } from '../support/guide.ts';
import { PAGE_PATHS } from '../../src/locale/pages.ts';
import type { EngineDriver, Target } from './driver.ts';
import { BUILD, type TestServer } from './server.ts';

/** The box of a step or part, as a person finds it: by its title. */
export const checkbox = (entry: Entry): Target => ({ role: 'checkbox', name: entry.title });

/** The button that opens a step's note, in Chinese. */
export const noteButton = (entry: Entry): Target => ({ role: 'button', name: strings.note.buttonLabel(entry.title) });

/** Whether the 更多 named `name` is open. */
const isOpen = (page: EngineDriver, name: string) =>
  page.evaluate(
    (label) =>
      [...document.querySelectorAll('button')].some(
        (button) => button.ariaLabel === label && button.ariaExpanded === 'true',
      ),
    name,
  );

/** Opens the 更多 named `name` if it is not open (a tap before the app has started is carried out once it has). */
async function openMore(page: EngineDriver, name: string) {
  if (!(await isOpen(page, name))) await page.click({ role: 'button', name });
  await expect.poll(() => isOpen(page, name), { message: `[${page.engine}] ${name} opens` }).toBe(true);
}

/** Opens a step's 更多, behind which are its note, share and reminder buttons (in Chinese). */
export const openStepActions = (page: EngineDriver, entry: Entry) =>
  openMore(page, strings.more.stepLabel(entry.title));

/** Opens the 更多 beside 发送进度, behind which progress is copied, exported, imported and reset. */
export const openProgressActions = (page: EngineDriver) => openMore(page, strings.more.progressLabel);

/** A step's note, in Chinese. */
export const noteField = (entry: Entry): Target => ({ role: 'textbox', name: strings.note.fieldLabel(entry.title) });

export interface ControlState {
  /** `checkbox` or `button`. */
  kind: string;
  id: string;
  checked: boolean;
  disabled: boolean;
}

/** Every checkbox and button on the page, in page order, as it is now. */
export const controlStates = (page: EngineDriver) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input[type="checkbox"], button')].map(
      (control) => ({
        kind: control instanceof HTMLInputElement ? 'checkbox' : 'button',
        id: control.id,
        checked: control instanceof HTMLInputElement && control.checked,
        disabled: control.disabled,
      }),
    ),
  );

export const checkboxStates = async (page: EngineDriver) =>
  (await controlStates(page)).filter((control) => control.kind === 'checkbox');

/** The DOM ids of the ticked boxes, in page order. */
export const tickedBoxes = async (page: EngineDriver) =>
  (await checkboxStates(page)).filter((box) => box.checked).map((box) => box.id);

/**
 * The summary's count as the page reads it ("已完成 N / 12"), found by its words, as a person finds
 * it: the line has no role or name of its own. Null if no such line is shown.
 */
export function summaryCount(page: EngineDriver) {
  const placeholder = '987654321';
  const [before, after] = strings.doneCount(Number(placeholder), STEP_COUNT).split(placeholder);
  return page.evaluate(
    (start, end) =>
      [...document.body.querySelectorAll('*')]
        .map((element) => element.textContent.trim())
        .find(
          (text) =>
            text.startsWith(start) &&
            text.endsWith(end) &&
            /^\d+$/.test(text.slice(start.length, text.length - end.length)),
        ) ?? null,
    before ?? '',
    after ?? '',
  );
}

/** The page's address, and what tells which language it is in. */
export const pageShown = (page: EngineDriver) =>
  page.evaluate(() => ({
    address: location.href,
    lang: document.documentElement.lang,
    title: document.title,
    heading: document.querySelector('h1')?.textContent,
  }));

/** What `pageShown` reads on the page in `lang` at `address`. */
export function pageIn(lang: Lang, address: string) {
  const { title } = guideIn(lang);
  return { address, lang, title, heading: title };
}

/** What the page's status regions say now, each non-empty one's text. */
export const announcements = (page: EngineDriver) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="status"]')].map((region) => region.textContent.trim()).filter(Boolean),
  );

/**
 * The name of what has focus, as the page gives it: its `aria-label`, else its label, else its
 * text (near enough to the accessible name for this page's controls); null when nothing has focus.
 */
export const focusedName = (page: EngineDriver) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return null;
    const labelled = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
    const label = labelled ? element.labels?.[0]?.textContent : undefined;
    return (element.getAttribute('aria-label') ?? label ?? element.textContent).trim();
  });

/**
 * Whether a service worker is active for the page: it would open without the network, and the
 * offline module, which the page loads last, has run.
 */
export const workingOffline = (page: EngineDriver) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active));

const hasAttribute = (tag: string, name: string) => new RegExp(`\\s${name}(?=[\\s=/>])`).test(tag);

/** Each language's page, as a path in the site (for `server.url` and the build's files). */
export const CHINESE = PAGE_PATHS['zh-CN'];
export const ENGLISH = PAGE_PATHS.en;

/** Every checkbox and button of the page at `path` as its prerendered HTML in the build has it. */
export async function prerenderedControls(path: string): Promise<ControlState[]> {
  const html = await readFile(join(BUILD, path, 'index.html'), 'utf8');
  return [...html.matchAll(/<input\b[^>]*\btype="checkbox"[^>]*>|<button\b[^>]*>/g)].map(([tag]) => ({
    kind: tag.startsWith('<button') ? 'button' : 'checkbox',
    id: /\sid="([^"]*)"/.exec(tag)?.[1] ?? '',
    checked: hasAttribute(tag, 'checked'),
    disabled: hasAttribute(tag, 'disabled'),
  }));
}

/**
 * Waits until the checklist at `path` can be used: every box is there and enabled. (The page's
 * boxes stay disabled until stored progress has been applied; before that, ticked or not means
 * nothing.)
 */
export async function waitUntilReady(page: EngineDriver, path: string) {
  const count = (await prerenderedControls(path)).filter((control) => control.kind === 'checkbox').length;
  await expect
    .poll(
      async () => {
        const boxes = await checkboxStates(page);
        return boxes.length === count && boxes.every((box) => !box.disabled);
      },
      { message: `[${page.engine}] all ${count} checkboxes of ${path} are there and enabled` },
    )
    .toBe(true);
}

/**
 * Opens the page at `path` in the site (`CHINESE` by default; a link to a step may follow, e.g.
 * `${CHINESE}#settle-bills`) and waits until its checklist can be used.
 */
export async function openChecklist(page: EngineDriver, server: TestServer, path = CHINESE) {
  await page.open(server.url(path));
  await waitUntilReady(page, path.replace(/[?#].*/, ''));
}

export interface StoredProgress {
  state: { done: Record<string, unknown>; notes?: Record<string, string> };
}

/** The stored progress, or null if there is none. */
export const storedProgress = (page: EngineDriver) =>
  page.evaluate((key) => {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as StoredProgress);
  }, STORAGE_KEY);

/** The note stored for the step with id `id`, if any. */
export const storedNote = async (page: EngineDriver, id: string) => (await storedProgress(page))?.state.notes?.[id];

/** The ids stored as done, sorted. */
export async function storedDoneIds(page: EngineDriver): Promise<string[]> {
  return Object.keys((await storedProgress(page))?.state.done ?? {}).sort();
}
