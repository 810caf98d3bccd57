import type { SectionShape } from '../content/structure.ts';
import { showStoredProgress } from './showStoredProgress.ts';

/**
 * The early script's entry: the build inlines it at the end of each prerendered page, with the
 * guide's shape (build/earlyScript.ts). Storage that is blocked leaves the page to the app.
 */
export function start(sections: readonly SectionShape[]): void {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return;
  }
  showStoredProgress(document, storage, sections);
}
