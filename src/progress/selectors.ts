import { allItems, checkIds } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import type { DoneMap, StoredProgress } from './restore.ts';
import { useProgress } from './store.ts';

/** How many of a step's tickable ids (itself, or its parts) are done. */
export const partsDone = (done: DoneMap, item: GuideItem) =>
  checkIds(item).filter((id) => Object.hasOwn(done, id)).length;

/** A step is done when all of its tickable ids are: itself, or all of its parts. */
export const isStepDone = (done: DoneMap, item: GuideItem) =>
  checkIds(item).every((id) => Object.hasOwn(done, id));

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

/** What a step shows of the progress. */
interface StepView {
  /** See `stepDoneTime`. */
  doneTime: string | null | undefined;
  isNext: boolean;
  note: string;
}

/** The last view of each step, handed out again while unchanged so the step does not re-render. */
const stepViews = new Map<string, StepView>();

function stepView(state: StoredProgress, item: GuideItem): StepView {
  const doneTime = stepDoneTime(state.done, item);
  const isNext = nextStepId(state.done) === item.id;
  const note = state.notes[item.id] ?? '';
  const last = stepViews.get(item.id);
  if (last !== undefined && last.doneTime === doneTime && last.isNext === isNext && last.note === note) return last;
  const view = { doneTime, isNext, note };
  stepViews.set(item.id, view);
  return view;
}

/**
 * A step's view of the progress: one subscription per step, however much it shows (three made a
 * thousand-step list's first render 4–14% slower).
 */
export const useStepView = (item: GuideItem) => useProgress((state) => stepView(state, item));

export const usePartsDone = (item: GuideItem) => useProgress((state) => partsDone(state.done, item));

export const useNextStepId = () => useProgress((state) => nextStepId(state.done));

export const useDoneCount = () =>
  useProgress((state) => allItems.filter((item) => isStepDone(state.done, item)).length);

export const useSectionDoneCount = (section: GuideSection) =>
  useProgress((state) => section.items.filter((item) => isStepDone(state.done, item)).length);

export const useUndoable = () => useProgress((state) => state.undoable);

export const useIsReady = () => useProgress((state) => state.ready);
