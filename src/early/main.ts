import type { Counts } from '../content/counts.ts';
import { holdTaps } from './holdTaps.ts';
import { showStoredPrefs } from './showStoredPrefs.ts';
import { showStoredProgress } from './showStoredProgress.ts';
import { watchStart } from './startFailure.ts';

/** How long the app may take to start before the page says it did not: far beyond a slow network's. */
const START_WAIT_MS = 15_000;

/**
 * The early script's entry: the build inlines it at the end of each prerendered page, with the
 * counts in the page's language (build/earlyScript.ts). Storage that is blocked leaves the boxes to
 * the app; whether the app starts is watched, and taps on its other controls are held, in any case.
 */
export function runEarlyScript(counts: Counts): void {
  watchStart(START_WAIT_MS);
  holdTaps(document);
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return;
  }
  showStoredPrefs(document, storage);
  showStoredProgress(document, storage, counts);
}
