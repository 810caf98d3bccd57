import { countsEn } from '../content/counts.en.ts';
import { countsZhCN } from '../content/counts.zh-CN.ts';
import type { Counts } from '../content/counts.ts';
import type { Lang } from '../content/lang.ts';
import { checkIds, type SectionShape } from '../content/structure.ts';
import {
  DONE_COUNT_ID,
  NEXT_STEP_ID,
  PROGRESS_BAR_ID,
  checkboxId,
  partsCountId,
  sectionCountId,
} from '../links/domIds.ts';
import { doneCount, nextStepId, partsDone, withDone } from '../progress/derive.ts';
import { STORAGE_KEY } from '../progress/key.ts';
import { CURRENT_VERSION, readProgress, type DoneMap, type StoredProgress } from '../progress/restore.ts';

/**
 * The attribute of the page's root element that says who shows the progress: `shown` once the
 * early script has shown the stored ticks and taken over the boxes, `app` once the app has.
 */
export const SHOWN_BY = 'data-progress';

const NOTHING_STORED: StoredProgress = { done: {}, notes: {} };

const COUNTS = new Map<string, Counts>([
  ['zh-CN', countsZhCN],
  ['en', countsEn],
] satisfies [Lang, Counts][]);

/**
 * Runs in the prerendered page before its first paint, long before the app: shows the stored
 * ticks, and what they count, in the page as it was built, then lets the boxes take ticks and
 * stores each one at once, so that the page is true and usable from its first paint. It changes
 * only words, attributes and box states, never the page's elements, and the app's first render
 * shows the same (src/progress/selectors.ts), so the app takes the page over without a change.
 * Stored data that cannot be read exactly as stored is left to the app's full reader, with its
 * backup and notice: the boxes then wait for the app, as they were built to.
 */
export function showStoredProgress(page: Document, storage: Storage, sections: readonly SectionShape[]): void {
  const items = sections.flatMap((section) => section.items);
  const found = COUNTS.get(page.documentElement.lang);
  if (found === undefined) return;
  const counts: Counts = found;
  const byId = (id: string) => page.getElementById(id);
  const box = (id: string) => byId(checkboxId(id)) as HTMLInputElement | null;

  /** What is stored, if it reads exactly as stored; else `null`, for the app to read and repair. */
  function read(): StoredProgress | null {
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) return NOTHING_STORED;
    const { progress, lossless } = readProgress(raw, items);
    return lossless ? progress : null;
  }

  function show(done: DoneMap) {
    for (const item of items) {
      const ticked = partsDone(done, item);
      const total = checkIds(item).length;
      const stepBox = box(item.id);
      if (stepBox) stepBox.checked = ticked === total;
      byId(item.id)?.classList.toggle('item--done', ticked === total);
      if (item.subItems) {
        if (stepBox) stepBox.indeterminate = ticked > 0 && ticked < total;
        const partsCount = byId(partsCountId(item.id));
        if (partsCount) partsCount.textContent = counts.fraction(ticked, total);
        for (const part of item.subItems) {
          const partBox = box(part.id);
          if (partBox) partBox.checked = Object.hasOwn(done, part.id);
        }
      }
    }
    for (const section of sections) {
      const ticked = doneCount(done, section.items);
      const total = section.items.length;
      const count = byId(sectionCountId(section.id));
      if (!count?.firstElementChild || !count.lastElementChild) continue;
      count.classList.toggle('section__count--done', ticked === total);
      count.firstElementChild.textContent = counts.fraction(ticked, total);
      count.lastElementChild.textContent = counts.sectionCountLabel(ticked, total);
    }
    const ticked = doneCount(done, items);
    const summary = byId(DONE_COUNT_ID);
    if (summary) summary.textContent = counts.doneCount(ticked, items.length);
    byId(PROGRESS_BAR_ID)?.setAttribute('value', String(ticked));
    const next = nextStepId(done, items);
    const nextLine = byId(NEXT_STEP_ID);
    const link = nextLine?.querySelector('a');
    nextLine?.classList.toggle('summary__next--unknown', next === null);
    // The step's title, as its box's label starts with it.
    const title = next === null ? null : box(next)?.labels?.[0]?.firstChild?.textContent;
    if (link && next !== null && title) {
      link.setAttribute('href', `#${next}`);
      link.textContent = title;
    }
  }

  /** The ids a box ticks: a step's parts, or the step or part itself. */
  const ticksOf = new Map<string, readonly string[]>();
  for (const item of items) {
    ticksOf.set(checkboxId(item.id), checkIds(item));
    for (const part of item.subItems ?? []) ticksOf.set(checkboxId(part.id), [part.id]);
  }

  let shownDone: DoneMap = {};

  function onChange(event: Event) {
    const target = event.target;
    if (page.documentElement.getAttribute(SHOWN_BY) !== 'shown' || !(target instanceof HTMLInputElement)) return;
    const ids = ticksOf.get(target.id);
    if (ids === undefined) return;
    try {
      // Read again: another tab may have stored since.
      const stored = read();
      if (stored === null) throw new Error('the stored progress is for the app to read');
      const done = withDone(stored.done, ids, target.checked, new Date().toISOString());
      storage.setItem(STORAGE_KEY, JSON.stringify({ state: { done, notes: stored.notes }, version: CURRENT_VERSION }));
      shownDone = done;
    } catch {
      // Not stored, so not shown: the box goes back, and the app, once started, says why.
      target.checked = !target.checked;
    }
    show(shownDone);
  }

  // Only a page built from this guide: every box there.
  if ([...ticksOf.keys()].some((id) => byId(id) === null)) return;
  try {
    const stored = read();
    if (stored === null) return;
    shownDone = stored.done;
  } catch {
    return;
  }
  show(shownDone);
  for (const id of ticksOf.keys()) byId(id)?.removeAttribute('disabled');
  page.addEventListener('change', onChange);
  page.documentElement.setAttribute(SHOWN_BY, 'shown');
}
