// The checklist as the journeys see it, in any engine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { EngineDriver } from './driver.ts';

/** Where the app keeps progress: a contract with every browser that has stored some. */
const STORAGE_KEY = 'tm-card-cancel:progress';

export interface BoxState {
  id: string;
  checked: boolean;
  disabled: boolean;
}

/** Every checkbox on the page, in page order, as it is now. */
export const checkboxStates = (page: EngineDriver) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
      id: box.id,
      checked: box.checked,
      disabled: box.disabled,
    })),
  );

const hasAttribute = (tag: string, name: string) => new RegExp(`\\s${name}(?=[\\s=/>])`).test(tag);

/** Every checkbox of the page at `path` as its prerendered HTML in dist/ has it. */
export async function prerenderedCheckboxes(path: string): Promise<BoxState[]> {
  const html = await readFile(join('dist', path, 'index.html'), 'utf8');
  return [...html.matchAll(/<input\b[^>]*\btype="checkbox"[^>]*>/g)].map(([tag]) => ({
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
  const count = (await prerenderedCheckboxes(path)).length;
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

interface StoredProgress {
  state: { done: Record<string, unknown>; notes?: Record<string, string> };
}

/** The stored progress, or null if there is none. */
export const storedProgress = (page: EngineDriver) =>
  page.evaluate((key) => {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as StoredProgress);
  }, STORAGE_KEY);

/** The ids stored as done, sorted. */
export async function storedDoneIds(page: EngineDriver): Promise<string[]> {
  return Object.keys((await storedProgress(page))?.state.done ?? {}).sort();
}
