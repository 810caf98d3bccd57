import { allItems } from '../content/guide.ts';
import type { GuideItem, GuideSection } from '../content/schema.ts';
import { doneCount, isStepDone, nextStepId, partsDone, stepDoneTime } from './derive.ts';
import type { DoneMap, NoteMap } from './stored.ts';
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

/**
 * `read` over the ticks the page shows, read again only when they change: every subscriber asks on
 * every change, and a scan of a thousand steps is better done once.
 */
function perShownDone<T>(read: (done: DoneMap) => T): (state: ShownProgress) => T {
  let lastDone: DoneMap | undefined;
  let last: T;
  return (state) => {
    const done = shownDone(state);
    if (done !== lastDone) {
      last = read(done);
      lastDone = done;
    }
    return last;
  };
}

/** The first step not done. */
const nextStep = perShownDone((done) => nextStepId(done, allItems));

const stepsDone = perShownDone((done) => doneCount(done, allItems));

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(shownDone(shownProgress(state)), id));

/**
 * When a step was done, as the page shows it (see `stepDoneTime`); until the app has started, only
 * whether it is done (`null`: a done step with no time to show).
 */
const shownDoneTime = (state: ShownProgress, item: GuideItem) =>
  state.shown === 'all' ? stepDoneTime(state.done, item) : isStepDone(shownDone(state), item) ? null : undefined;

/** A step's note, once the page shows stored progress (the early script shows notes too). */
const shownNote = (state: ShownProgress, item: GuideItem) =>
  state.shown === 'prerendered' ? '' : (state.notes[item.id] ?? '');

/** What a section's steps show of progress. */
export interface SectionSteps {
  /** When each step was done (`shownDoneTime`), in the section's order. */
  doneTimes: readonly (string | null | undefined)[];
  /** How many of each step's tickable ids are done: itself, or its parts. */
  partsDone: readonly number[];
  notes: readonly string[];
  /** How many of the steps are done. */
  doneCount: number;
  /** Which of the steps is the next to do, if the section has it. */
  nextId: string | null;
}

/** A section's steps as `state` shows them, in one pass over them. */
function readSectionSteps(state: ShownProgress, section: GuideSection): SectionSteps {
  const next = nextStep(state);
  const doneTimes: (string | null | undefined)[] = [];
  const stepPartsDone: number[] = [];
  const notes: string[] = [];
  let doneCount = 0;
  for (const item of section.items) {
    const doneTime = shownDoneTime(state, item);
    doneTimes.push(doneTime);
    // A step without parts has one tickable id, itself.
    stepPartsDone.push(item.subItems ? partsDone(shownDone(state), item) : Number(doneTime !== undefined));
    notes.push(shownNote(state, item));
    if (doneTime !== undefined) doneCount += 1;
  }
  const nextId = section.items.some((item) => item.id === next) ? next : null;
  return { doneTimes, partsDone: stepPartsDone, notes, doneCount, nextId };
}

const sameSteps = (a: SectionSteps, b: SectionSteps) =>
  a.doneCount === b.doneCount &&
  a.nextId === b.nextId &&
  (['doneTimes', 'partsDone', 'notes'] as const).every((key) =>
    a[key].every((value, index) => value === b[key][index]),
  );

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
  const read = readSectionSteps(state, section);
  const steps = last !== undefined && sameSteps(read, last.steps) ? last.steps : read;
  lastRead.set(section, { done, notes, shown, steps });
  return steps;
}

/**
 * What a section's steps show of progress, which of them is next included. Read once for the
 * section rather than by each step: a thousand steps render without a thousand subscriptions, and
 * since each step is given only its own values, a tick re-renders only the steps it changes (and
 * only the sections the next step moves between).
 */
export const useSectionSteps = (section: GuideSection) =>
  useProgress((state) => sectionSteps(shownProgress(state), section));

export const useNextStepId = () => useProgress((state) => nextStep(shownProgress(state)));

export const useDoneCount = () => useProgress((state) => stepsDone(shownProgress(state)));

export const useUndoable = () => useProgress((state) => state.undoable);

/** The app has started: what does not depend on whose progress is shown can be used. */
export const useIsReady = () => useProgress((state) => state.shown === 'all');

/** The page shows someone else's progress: what acts on one's own waits until one goes back to it. */
export const useLooking = () => useProgress((state) => state.viewing !== null);

/** The boxes show the stored ticks: from before the app starts, if the page could. */
export const useTicksShown = () => useProgress((state) => state.shown !== 'prerendered');

/** The boxes take ticks: once they show the person's own, from before the app starts if the page could. */
export const useCanTick = () => useProgress((state) => state.shown !== 'prerendered' && state.viewing === null);

/** Someone else's progress, shown while the person only looks at it. */
export const useViewing = () => useProgress((state) => state.viewing);
