import { tickableIdsOf, type StepShape } from '../content/structure.ts';
import type { DoneMap } from './stored.ts';

// What the page shows of progress, derived from the done map alone: shared by the app's selectors
// and the script that shows stored progress before the app starts (src/early/).

/** How many of a step's tickable ids (itself, or its parts) are done. */
export const partsDone = (done: DoneMap, item: StepShape) =>
  tickableIdsOf(item).filter((id) => Object.hasOwn(done, id)).length;

/** A step is done when all of its tickable ids are: itself, or all of its parts. */
export const isStepDone = (done: DoneMap, item: StepShape) =>
  tickableIdsOf(item).every((id) => Object.hasOwn(done, id));

/** How many of `items` are done. */
export const doneCount = (done: DoneMap, items: readonly StepShape[]) =>
  items.filter((item) => isStepDone(done, item)).length;

/** How many of `items` have some of their parts done, but not all. */
export const partlyDoneCount = (done: DoneMap, items: readonly StepShape[]) =>
  items.filter((item) => partsDone(done, item) > 0 && !isStepDone(done, item)).length;

/** The first of `items` not yet done, or `null` when all are. */
export const nextStepId = (done: DoneMap, items: readonly StepShape[]): string | null =>
  items.find((item) => !isStepDone(done, item))?.id ?? null;

/**
 * When a step was done: `undefined` if it is not, `null` if the time is unknown, else the ISO time
 * of its last part.
 */
export function stepDoneTime(done: DoneMap, item: StepShape): string | null | undefined {
  if (!isStepDone(done, item)) return undefined;
  // ISO times in one form sort as they follow each other.
  const times = tickableIdsOf(item).map((id) => done[id] ?? null);
  return times.includes(null) ? null : times.sort().at(-1);
}

/**
 * `done` with `ids` ticked at `now` (an ISO time) or unticked. Takes the new state, not a toggle,
 * so a stale view cannot invert it; ids already in that state keep their times. The same object if
 * nothing changes.
 */
export function withDone(done: DoneMap, ids: readonly string[], isDone: boolean, now: string): DoneMap {
  const changing = ids.filter((id) => Object.hasOwn(done, id) !== isDone);
  if (changing.length === 0) return done;
  if (isDone) return { ...done, ...Object.fromEntries(changing.map((id) => [id, now])) };
  return without(done, changing);
}

/** `map` without the entries of `ids`. */
export const without = <T>(map: Readonly<Record<string, T>>, ids: readonly string[]) =>
  Object.fromEntries(Object.entries(map).filter(([key]) => !ids.includes(key)));
