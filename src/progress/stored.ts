// Progress as it is kept, whatever keeps it: its types, its version and its one envelope. Reading it
// back, whatever it holds, is restore.ts's.

/**
 * Which tickable ids (steps without parts, and parts) are done, and when (ISO 8601). `null` means
 * done at an unknown time: progress upgraded from version 0, which kept no times, or a stored time
 * that could not be trusted.
 */
export type DoneMap = Readonly<Record<string, string | null>>;

/** The person's own notes, by step id. */
export type NoteMap = Readonly<Record<string, string>>;

export interface StoredProgress {
  done: DoneMap;
  notes: NoteMap;
}

/**
 * 0: a bare array of done ids. 1: `{ done }`, by step id. 2: `{ done, notes }`; steps that have
 * parts are done through their parts' ids (a stored step id still counts for all its parts). Parts
 * that are gone since (src/content/formerParts.ts) are read as their step, in the same version: an
 * app from before reads that step as all its parts done.
 */
export const CURRENT_VERSION = 2;

export const MAX_NOTE_LENGTH = 500;

/**
 * Progress as it is kept (in localStorage, for a tab, in an exported file) and as a link is read:
 * zustand persist's envelope, which src/progress/restore.ts reads back.
 */
export const envelope = ({ done, notes }: StoredProgress) => ({ state: { done, notes }, version: CURRENT_VERSION });

/** The text progress is kept as; an exported file is the same, indented. */
export const storedText = (progress: StoredProgress, indent?: number) =>
  JSON.stringify(envelope(progress), null, indent);

/** The value of kept text, `undefined` if it is not JSON: the reader judges what it holds. */
export function parseStored(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether progress holds nothing: no tick, no note. */
export const isEmpty = ({ done, notes }: StoredProgress) => Object.keys(done).length + Object.keys(notes).length === 0;
