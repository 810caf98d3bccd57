import { allItems } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import { doneCount, isStepDone, nextStepId, partsDone, stepDoneTime } from './derive.ts';
import type { DoneMap, NoteMap } from './restore.ts';
import { useProgress, type ProgressState, type Shown } from './store.ts';

interface ShownProgress {
  done: DoneMap;
  notes: NoteMap;
  shown: Shown;
}

/** The progress the page shows: someone else's while the person only looks at it, else their own. */
const shownProgress = (state: ProgressState): ShownProgress =>
  state.viewing === null ? state : { ...state.viewing, shown: state.shown };

const NOTHING_DONE: DoneMap = {};

/** The ticks the page shows: none while it is as prerendered. */
const shownDone = ({ done, shown }: ShownProgress) => (shown === 'prerendered' ? NOTHING_DONE : done);

/** The first step not done: a scan that stops there. */
const nextStep = (state: ProgressState) => nextStepId(shownDone(shownProgress(state)), allItems);

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(shownDone(shownProgress(state)), id));

/**
 * When a step was done, as the page shows it (see `stepDoneTime`); until the app has started, only
 * whether it is done (`null`: a done step with no time to show).
 */
const shownDoneTime = (state: ShownProgress, item: GuideItem) =>
  state.shown === 'all' ? stepDoneTime(state.done, item) : isStepDone(shownDone(state), item) ? null : undefined;

/** A step's note, once the app has started. */
const shownNote = (state: ShownProgress, item: GuideItem) =>
  state.shown === 'all' ? (state.notes[item.id] ?? '') : '';

/** What each of a section's steps shows of progress, in the section's order. */
export interface SectionSteps {
  /** When each step was done (`shownDoneTime`). */
  doneTimes: readonly (string | null | undefined)[];
  /** How many of each step's tickable ids are done: itself, or its parts. */
  partsDone: readonly number[];
  notes: readonly string[];
}

/** Each section's steps as last read, and what they were read from. */
const lastRead = new WeakMap<GuideSection, ShownProgress & { steps: SectionSteps }>();

/**
 * A section's steps as `state` shows them. The same object until one of them changes, and read
 * again only when the progress does: every section is asked on every change.
 */
function sectionSteps(state: ShownProgress, section: GuideSection): SectionSteps {
  const { done, notes, shown } = state;
  const last = lastRead.get(section);
  if (last?.done === done && last.notes === notes && last.shown === shown) return last.steps;
  const read: SectionSteps = {
    doneTimes: section.items.map((item) => shownDoneTime(state, item)),
    partsDone: section.items.map((item) => partsDone(shownDone(state), item)),
    notes: section.items.map((item) => shownNote(state, item)),
  };
  const unchanged =
    last !== undefined &&
    (['doneTimes', 'partsDone', 'notes'] as const).every((key) =>
      read[key].every((value, index) => value === last.steps[key][index]),
    );
  const steps = unchanged ? last.steps : read;
  lastRead.set(section, { done, notes, shown, steps });
  return steps;
}

/**
 * What each of a section's steps shows of progress. Read once for the section rather than by each
 * step: a thousand steps render without a thousand subscriptions, and since each step is given
 * only its own values, a tick re-renders only the steps it changes.
 */
export const useSectionSteps = (section: GuideSection) =>
  useProgress((state) => sectionSteps(shownProgress(state), section));

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

export const useNextStepId = () => useProgress(nextStep);

export const useDoneCount = () => useProgress((state) => doneCount(shownDone(shownProgress(state)), allItems));

export const useUndoable = () => useProgress((state) => state.undoable);

/** The app has started and shows the person's own progress: everything can be used. */
export const useIsReady = () => useProgress((state) => state.shown === 'all' && state.viewing === null);

/** The boxes show the stored ticks: from before the app starts, if the page could. */
export const useTicksShown = () => useProgress((state) => state.shown !== 'prerendered');

/** The boxes take ticks: once they show the person's own, from before the app starts if the page could. */
export const useCanTick = () => useProgress((state) => state.shown !== 'prerendered' && state.viewing === null);

/** Someone else's progress, shown while the person only looks at it. */
export const useViewing = () => useProgress((state) => state.viewing);
