import { allItems, checkIds } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import type { DoneMap } from './restore.ts';
import { useProgress } from './store.ts';

/** How many of a step's tickable ids (itself, or its parts) are done. */
export const partsDone = (done: DoneMap, item: GuideItem) =>
  checkIds(item).filter((id) => Object.hasOwn(done, id)).length;

/** A step is done when all of its tickable ids are: itself, or all of its parts. */
export const isStepDone = (done: DoneMap, item: GuideItem) =>
  checkIds(item).every((id) => Object.hasOwn(done, id));

/**
 * When a step was done: `undefined` if it is not, `null` if the time is unknown, else the ISO time
 * of its last part. A primitive, so the step re-renders only when this changes.
 */
export function stepDoneTime(done: DoneMap, item: GuideItem): string | null | undefined {
  let latest: string | null = '';
  for (const id of checkIds(item)) {
    if (!Object.hasOwn(done, id)) return undefined;
    const time = done[id] ?? null;
    if (time === null || latest === null) latest = null;
    else if (time > latest) latest = time;
  }
  return latest;
}

/** The first step not yet done, computed once per change of `done` however many steps ask. */
const nextSteps = new WeakMap<DoneMap, string | null>();
export function nextStepId(done: DoneMap): string | null {
  let next = nextSteps.get(done);
  if (next === undefined) {
    next = allItems.find((item) => !isStepDone(done, item))?.id ?? null;
    nextSteps.set(done, next);
  }
  return next;
}

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(state.done, id));

export const useStepDoneTime = (item: GuideItem) => useProgress((state) => stepDoneTime(state.done, item));

export const usePartsDone = (item: GuideItem) => useProgress((state) => partsDone(state.done, item));

export const useNextStepId = () => useProgress((state) => nextStepId(state.done));

export const useIsNextStep = (id: string) => useProgress((state) => nextStepId(state.done) === id);

export const useDoneCount = () =>
  useProgress((state) => allItems.filter((item) => isStepDone(state.done, item)).length);

export const useSectionDoneCount = (section: GuideSection) =>
  useProgress((state) => section.items.filter((item) => isStepDone(state.done, item)).length);

export const useNote = (id: string) => useProgress((state) => state.notes[id] ?? '');

export const useUndoable = () => useProgress((state) => state.undoable);

export const useIsReady = () => useProgress((state) => state.ready);
