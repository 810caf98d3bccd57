import type { Counts } from '../content/counts.ts';
import { showStoredPrefs } from './showStoredPrefs.ts';
import { showStoredProgress } from './showStoredProgress.ts';

/**
 * The early script's entry: the build inlines it at the end of each prerendered page, with the
 * counts in the page's language (build/earlyScript.ts). Storage that is blocked leaves the page to
 * the app.
 */
export function start(counts: Counts): void {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return;
  }
  showStoredPrefs(document, storage);
  showStoredProgress(document, storage, counts);
}
