import { holdsAll } from './merge.ts';
import type { StoredProgress } from './stored.ts';

/** What a person can do with progress from a link. `use` stands for merging where it comes to the same as replacing. */
export type LinkChoice = 'restore' | 'look' | 'merge' | 'take' | 'use' | 'ignore';

/**
 * The choices offered for progress from a link, the safe one first: looking (for a reminder's link,
 * bringing it back, which keeps everything here). Choices that would come to the same are offered
 * once: where one's own progress is all in the link (or there is none), merging is replacing; where
 * the link holds nothing new, there is nothing to take.
 */
export function linkChoices(own: StoredProgress, incoming: StoredProgress, reminder: boolean): LinkChoice[] {
  const ownInLink = holdsAll(incoming, own);
  if (reminder) return ownInLink ? ['restore', 'look', 'ignore'] : ['restore', 'look', 'take', 'ignore'];
  if (holdsAll(own, incoming)) return ['look', 'ignore'];
  return ownInLink ? ['look', 'use', 'ignore'] : ['look', 'merge', 'take', 'ignore'];
}
