import { allItems } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import { useShallow } from 'zustand/react/shallow';
import { doneCount, nextStepId, partsDone, stepDoneTime } from './derive.ts';
import type { DoneMap } from './restore.ts';
import { useProgress } from './store.ts';

const nextStep = (done: DoneMap) => nextStepId(done, allItems);

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
    const next = nextStep(state.done);
    return section.items.some((item) => item.id === next) ? next : null;
  });

export const usePartsDone = (item: GuideItem) => useProgress((state) => partsDone(state.done, item));

export const useNextStepId = () => useProgress((state) => nextStep(state.done));

export const useDoneCount = () => useProgress((state) => doneCount(state.done, allItems));

export const useSectionDoneCount = (section: GuideSection) =>
  useProgress((state) => doneCount(state.done, section.items));

export const useUndoable = () => useProgress((state) => state.undoable);

export const useIsReady = () => useProgress((state) => state.ready);
