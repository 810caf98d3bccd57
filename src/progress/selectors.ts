import { allItems } from '../content/guide.ts';
import type { StepShape } from '../content/structure.ts';
import { doneCount, isStepDone, nextStepId, partsDone, stepDoneTime } from './derive.ts';
import type { DoneMap } from './stored.ts';
import { useProgress, type ProgressState } from './store.ts';

const NOTHING_DONE: DoneMap = {};

/** The progress the page shows: someone else's while the person only looks at it, else their own. */
const shown = (state: ProgressState) => state.viewing ?? state;

/** The ticks the page shows: none while it is as built. */
const shownDone = (state: ProgressState) => (state.stage === 'built' ? NOTHING_DONE : shown(state).done);

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(shownDone(state), id));

/** How many of a step's tickable ids are done: itself, or its parts. */
export const usePartsDone = (item: StepShape) => useProgress((state) => partsDone(shownDone(state), item));

/**
 * When a step was done, as the page shows it (see `stepDoneTime`); until the app has started, only
 * whether it is done (`null`: a done step with no time to show), as the early script shows it.
 */
export const useDoneTime = (item: StepShape) =>
  useProgress((state) => {
    if (state.stage === 'app') return stepDoneTime(shown(state).done, item);
    return isStepDone(shownDone(state), item) ? null : undefined;
  });

/** A step's note, once the page shows stored progress (the early script shows notes too). */
export const useNote = (id: string) =>
  useProgress((state) => (state.stage === 'built' ? '' : (shown(state).notes[id] ?? '')));

/** How many of `items` (all the guide's steps, or a section's) are done. */
export const useDoneCount = (items: readonly StepShape[] = allItems) =>
  useProgress((state) => doneCount(shownDone(state), items));

/** The first step not yet done: not known while the page is as built, and `null` once all are done. */
export const useNextStepId = () =>
  useProgress((state) => (state.stage === 'built' ? null : nextStepId(shownDone(state), allItems)));

/** The step is the first not yet done, marked as the current one once the app has started. */
export const useIsNext = (id: string) =>
  useProgress((state) => state.stage === 'app' && nextStepId(shownDone(state), allItems) === id);

export const useUndoable = () => useProgress((state) => state.undoable);

/** The app has started: what does not depend on whose progress is shown can be used. */
export const useIsReady = () => useProgress((state) => state.stage === 'app');

/** The page shows someone else's progress: what acts on one's own waits until one goes back to it. */
export const useLooking = () => useProgress((state) => state.viewing !== null);

/** The boxes take ticks: once they show the person's own, from before the app starts if the page could. */
export const useCanTick = () => useProgress((state) => state.stage !== 'built' && state.viewing === null);

/** Someone else's progress, shown while the person only looks at it. */
export const useViewing = () => useProgress((state) => state.viewing);
