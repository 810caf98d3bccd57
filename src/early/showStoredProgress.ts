import type { Counts } from '../content/counts.ts';
import { tickableIdsOf, type SectionShape } from '../content/structure.ts';
import {
  DONE_COUNT_ID,
  NEXT_STEP_ID,
  PROGRESS_BAR_ID,
  checkboxId,
  partsCountId,
  savedNoteId,
  sectionCountId,
} from '../links/domIds.ts';
import { doneCount, nextStepId, partsDone, withDone } from '../progress/derive.ts';
import { STORAGE_KEY } from '../progress/key.ts';
import { readExact } from '../progress/restore.ts';
import { STAGE_ATTRIBUTE } from '../progress/stage.ts';
import { storedText, type DoneMap, type StoredProgress } from '../progress/stored.ts';

/**
 * Runs in the prerendered page before its first paint, long before the app: shows the stored
 * ticks, and what they count, in the page as it was built, then lets the boxes take ticks and
 * stores each one at once, so that the page is true and usable from its first paint. It changes
 * only words, attributes and box states, never the page's elements, and the app's first render
 * shows the same (src/progress/selectors.ts), so the app takes the page over without a change.
 * Stored data that cannot be read exactly as stored is left to the app's full reader, with its
 * backup and notice: the boxes then wait for the app, as they were built to.
 */
export function showStoredProgress(page: Document, storage: Storage, counts: Counts): void {
  const sections = shapeOf(page);
  const items = sections.flatMap((section) => section.items);
  const root = page.documentElement;
  const byId = (id: string) => page.getElementById(id);
  const box = (id: string) => byId(checkboxId(id)) as HTMLInputElement | null;

  /** What is stored, if it reads exactly as stored; else `null` (or a throw), for the app to read and repair. */
  function read(): StoredProgress | null {
    const raw = storage.getItem(STORAGE_KEY);
    return raw === null ? { done: {}, notes: {} } : readExact(JSON.parse(raw), items);
  }

  function show(done: DoneMap) {
    for (const item of items) {
      const ticked = partsDone(done, item);
      const total = tickableIdsOf(item).length;
      const stepBox = box(item.id);
      if (stepBox) stepBox.checked = ticked === total;
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
      // As the section's count reads: seen, then read out (SectionProgress.tsx).
      const [seen, readOut] = count?.children ?? [];
      if (seen) seen.textContent = counts.fraction(ticked, total);
      if (readOut) readOut.textContent = counts.sectionCountLabel(ticked, total);
    }
    const ticked = doneCount(done, items);
    const summary = byId(DONE_COUNT_ID);
    if (summary) summary.textContent = counts.doneCount(ticked, items.length);
    byId(PROGRESS_BAR_ID)?.setAttribute('value', String(ticked));
    const next = nextStepId(done, items);
    const nextLine = byId(NEXT_STEP_ID);
    nextLine?.classList.toggle('summary__next--unknown', next === null);
    // With none left, the unseen line links to the first step, as the app's does (NextStep.tsx).
    const linked = next ?? items[0]?.id;
    const link = nextLine?.querySelector('a');
    // The step's title, as its box's label starts with it.
    const title = linked && box(linked)?.labels?.[0]?.firstChild?.textContent;
    if (link && title) {
      link.setAttribute('href', `#${linked}`);
      link.textContent = title;
    }
  }

  /** A step's note where the page shows it, as the app's first render does (ChecklistItem.tsx). */
  function showNote(id: string, note: string) {
    const line = byId(savedNoteId(id));
    const text = line?.lastElementChild;
    if (!line || !text) return;
    text.textContent = note;
    line.hidden = false;
  }

  /** The ids a box ticks: a step's parts, or the step or part itself. */
  const ticksOf = new Map<string, readonly string[]>();
  for (const item of items) {
    ticksOf.set(checkboxId(item.id), tickableIdsOf(item));
    for (const part of item.subItems ?? []) ticksOf.set(checkboxId(part.id), [part.id]);
  }

  let shownDone: DoneMap = {};

  /**
   * Stores `ids` ticked or not on top of what is stored now (another tab may have stored since);
   * the progress stored, or `null` if it could not be (stored data for the app to read, or a full
   * or blocked storage).
   */
  function store(ids: readonly string[], isDone: boolean): DoneMap | null {
    try {
      const stored = read();
      if (stored === null) return null;
      const done = withDone(stored.done, ids, isDone, new Date().toISOString());
      storage.setItem(STORAGE_KEY, storedText({ done, notes: stored.notes }));
      return done;
    } catch {
      return null;
    }
  }

  function onClick(event: Event) {
    const target = event.target;
    const stage = root.getAttribute(STAGE_ATTRIBUTE);
    if (stage === 'app' || !(target instanceof HTMLInputElement)) return;
    const ids = ticksOf.get(target.id);
    if (ids === undefined) return;
    const done = store(ids, target.checked);
    // Not stored, so not shown: the box goes back.
    if (done === null) target.checked = !target.checked;
    else shownDone = done;
    // While the app hydrates, the page stays as the app found it; the app then shows the tap.
    if (stage === 'early') show(shownDone);
  }

  let found: StoredProgress | null;
  try {
    found = read();
  } catch {
    return;
  }
  if (found === null || items.length === 0) return;
  shownDone = found.done;
  show(shownDone);
  for (const [id, note] of Object.entries(found.notes)) showNote(id, note);
  for (const id of ticksOf.keys()) byId(id)?.removeAttribute('disabled');
  // A click, as it comes (the box has already changed), before the app's own listeners, which do
  // not see a tap that makes React hydrate the page at once.
  page.addEventListener('click', onClick, true);
  root.setAttribute(STAGE_ATTRIBUTE, 'early');
}

/**
 * The guide's shape, read from the page built with it, so that the script need not carry it: each
 * section (by its count's id), its steps (its list items with ids), and each step's parts (the boxes
 * in its own list items).
 */
function shapeOf(page: Document): SectionShape[] {
  const countPrefix = sectionCountId('');
  const boxPrefix = checkboxId('');
  return [...page.querySelectorAll(`[id^="${countPrefix}"]`)].map((count) => ({
    id: count.id.slice(countPrefix.length),
    items: [...(count.closest('section')?.querySelectorAll('li[id]') ?? [])].map((step) => {
      const parts = [...step.querySelectorAll(':scope li input')].map((box) => ({
        id: box.id.slice(boxPrefix.length),
      }));
      return parts.length > 0 ? { id: step.id, subItems: parts } : { id: step.id };
    }),
  }));
}
