import { allItems } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import { doneCount, isStepDone, nextStepId, partsDone, stepDoneTime } from './derive.ts';
import type { DoneMap } from './restore.ts';
import { useProgress, type Shown } from './store.ts';

interface ShownProgress {
  done: DoneMap;
  shown: Shown;
}

const NOTHING_DONE: DoneMap = {};

/** The ticks the page shows: none while it is as prerendered. */
const shownDone = ({ done, shown }: ShownProgress) => (shown === 'prerendered' ? NOTHING_DONE : done);

const nextStep = (state: ShownProgress) => nextStepId(shownDone(state), allItems);

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(shownDone(state), id));

/**
 * When a step was done, as it shows it (see `stepDoneTime`); until the app has started, only
 * whether it is done (`null`: a done step with no time to show). One subscription per step, so a
 * tick re-renders only the steps it changes.
 */
export const useStepDoneTime = (item: GuideItem) =>
  useProgress((state) =>
    state.shown === 'all' ? stepDoneTime(state.done, item) : isStepDone(shownDone(state), item) ? null : undefined,
  );

/** A step's note, once the app has started. */
export const useStepNote = (item: GuideItem) =>
  useProgress((state) => (state.shown === 'all' ? (state.notes[item.id] ?? '') : ''));

/**
 * Which of the section's steps is the next to do, if any. Each section looks for the next step on
 * every change (a scan that stops at the first step not done); only the sections it moves between
 * re-render.
 */
export const useNextStepIn = (section: GuideSection) =>
  useProgress((state) => {
    const next = nextStep(state);
    return section.items.some((item) => item.id === next) ? next : null;
  });

export const usePartsDone = (item: GuideItem) => useProgress((state) => partsDone(shownDone(state), item));

export const useNextStepId = () => useProgress(nextStep);

export const useDoneCount = () => useProgress((state) => doneCount(shownDone(state), allItems));

export const useSectionDoneCount = (section: GuideSection) =>
  useProgress((state) => doneCount(shownDone(state), section.items));

export const useUndoable = () => useProgress((state) => state.undoable);

/** The app has started: everything can be used. */
export const useIsReady = () => useProgress((state) => state.shown === 'all');

/** The boxes show the stored ticks, and take new ones: from before the app starts, if the page could. */
export const useTicksShown = () => useProgress((state) => state.shown !== 'prerendered');
