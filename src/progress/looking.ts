import { allItems } from '../content/guide.ts';
import { STORAGE_KEY } from './key.ts';
import { readProgress } from './restore.ts';
import { parseStored, storedText, type StoredProgress } from './stored.ts';

/**
 * Someone else's progress that the person is looking at, kept for this tab only (sessionStorage),
 * apart from their own: a reload or a return to the page shows it again until they leave it.
 * Where storage throws, looking simply ends with the page.
 */
const LOOKING_KEY = `${STORAGE_KEY}:looking`;

export function keepLooking(progress: StoredProgress | null) {
  try {
    if (progress === null) sessionStorage.removeItem(LOOKING_KEY);
    else sessionStorage.setItem(LOOKING_KEY, storedText(progress));
  } catch {
    // Nothing kept: nothing else depends on it.
  }
}

/** What this tab was looking at when it was last shown, if anything. */
export function keptLooking(): StoredProgress | null {
  try {
    const kept = readProgress(parseStored(sessionStorage.getItem(LOOKING_KEY) ?? ''), allItems);
    return kept.lossless ? kept.progress : null;
  } catch {
    return null;
  }
}
