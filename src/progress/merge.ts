import { MAX_NOTE_LENGTH, type StoredProgress } from './stored.ts';

/** Put between two notes that are combined. */
export const NOTE_JOIN = '\n\n';

/** What comes before each of two combined notes, in the page's language, to tell whose is whose. */
export interface NoteLabels {
  mine: string;
  theirs: string;
}

export interface Merged {
  progress: StoredProgress;
  /** Steps whose two notes together are longer than a note may be: their own note is kept. */
  notesKept: readonly string[];
}

/** The earlier of two times a tick was made; a known time over an unknown one (`null`) or none. */
function earlier(a: string | null | undefined, b: string | null): string | null {
  if (a == null || b === null) return a ?? b;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

/**
 * Someone else's progress combined with one's own: every tick of either, each with its earlier
 * time; every note of either, and where both wrote a different note on a step, both, one after the
 * other, each labelled (unless together they are too long: then one's own is kept, and the step is
 * named).
 */
export function mergeProgress(own: StoredProgress, theirs: StoredProgress, labels: NoteLabels): Merged {
  const done: Record<string, string | null> = { ...own.done };
  for (const [id, time] of Object.entries(theirs.done)) done[id] = earlier(own.done[id], time);
  const notes: Record<string, string> = { ...own.notes };
  const notesKept: string[] = [];
  for (const [id, note] of Object.entries(theirs.notes)) {
    const mine = own.notes[id] ?? '';
    if (mine !== '' && mine.includes(note)) continue;
    // Their note where it holds one's own (or there is none), else both, each after its label.
    const joined = note.includes(mine) ? note : `${labels.mine}${mine}${NOTE_JOIN}${labels.theirs}${note}`;
    if (joined.length <= MAX_NOTE_LENGTH) notes[id] = joined;
    else notesKept.push(id);
  }
  return { progress: { done, notes }, notesKept };
}

/**
 * Is what `theirs` holds kept in `own`: each tick, and a note wherever it has one? A note the person
 * changed since is theirs to keep, not a sign that the browser lost it.
 */
export const holdsAll = (own: StoredProgress, theirs: StoredProgress) =>
  Object.keys(theirs.done).every((id) => Object.hasOwn(own.done, id)) &&
  Object.keys(theirs.notes).every((id) => (own.notes[id] ?? '') !== '');

type Entries<V> = Readonly<Record<string, V>>;

/**
 * Each entry as it would be had the change from `before` to `after` not been made, keeping every
 * change made since (what differs between `after` and `current`).
 */
function revertEntries<V>(before: Entries<V>, after: Entries<V>, current: Entries<V>): Record<string, V> {
  const reverted: Record<string, V> = {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(current)])) {
    const changedSince = Object.hasOwn(current, id) !== Object.hasOwn(after, id) || current[id] !== after[id];
    const source = changedSince ? current : before;
    if (Object.hasOwn(source, id)) reverted[id] = source[id] as V;
  }
  return reverted;
}

/**
 * Undoes a reset or a replacement (`before` → `after`) in `current`: what it changed goes back, and
 * what was ticked, unticked or written since (here or in another tab) stays.
 */
export function revertChange(before: StoredProgress, after: StoredProgress, current: StoredProgress): StoredProgress {
  return {
    done: revertEntries(before.done, after.done, current.done),
    notes: revertEntries(before.notes, after.notes, current.notes),
  };
}
