export type Count = (done: number, total: number) => string;

/**
 * How the page counts progress, in one language (`counts` in counts.<lang>.ts). Part of each
 * language's strings, and kept apart so that the script that shows stored progress before the app
 * starts (src/early/) carries these and no other text.
 */
export interface Counts {
  /** "2 / 5": parts of a step, or steps of a section, that are done. */
  fraction: Count;
  /** The summary's count of steps done. */
  doneCount: Count;
  /** A section's count, as a screen reader says it. */
  sectionCountLabel: Count;
}
