import { allItems, checkIds } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import { useShallow } from 'zustand/react/shallow';
import type { DoneMap } from './restore.ts';
import { useProgress } from './store.ts';

/** How many of a step's tickable ids (itself, or its parts) are done. */
export const partsDone = (done: DoneMap, item: GuideItem) =>
  checkIds(item).filter((id) => Object.hasOwn(done, id)).length;

/** A step is done when all of its tickable ids are: itself, or all of its parts. */
export const isStepDone = (done: DoneMap, item: GuideItem) => checkIds(item).every((id) => Object.hasOwn(done, id));

/**
 * When a step was done: `undefined` if it is not, `null` if the time is unknown, else the ISO time
 * of its last part.
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

/** The first step not yet done, or `null` when all are. */
const nextStepId = (done: DoneMap): string | null => allItems.find((item) => !isStepDone(done, item))?.id ?? null;

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(state.done, id));

/**
 * What a step shows of the progress: when it was done (see `stepDoneTime`) and its note. One
 * subscription per step, compared field by field, so a tick re-renders only the steps it changes.
 */
export const useStepView = (item: GuideItem) =>
  useProgress(useShallow((state) => ({ doneTime: stepDoneTime(state.done, item), note: state.notes[item.id] ?? '' })));

/**
 * Which of the section's steps is the next to do, if any. Each section looks for the next step on
 * every change (a scan that stops at the first step not done); only the sections it moves between
 * re-render.
 */
export const useNextStepIn = (section: GuideSection) =>
  useProgress((state) => {
    const next = nextStepId(state.done);
    return section.items.some((item) => item.id === next) ? next : null;
  });

export const usePartsDone = (item: GuideItem) => useProgress((state) => partsDone(state.done, item));

export const useNextStepId = () => useProgress((state) => nextStepId(state.done));

export const useDoneCount = () =>
  useProgress((state) => allItems.filter((item) => isStepDone(state.done, item)).length);

export const useSectionDoneCount = (section: GuideSection) =>
  useProgress((state) => section.items.filter((item) => isStepDone(state.done, item)).length);

export const useUndoable = () => useProgress((state) => state.undoable);

export const useIsReady = () => useProgress((state) => state.ready);
