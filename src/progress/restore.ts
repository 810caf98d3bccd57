import { itemIds } from '../content/guide.ts';

/** Which guide items are done, and when (ISO 8601). The only thing we store. */
export type DoneMap = Readonly<Record<string, string>>;

export interface StoredProgress {
  done: DoneMap;
}

function isDoneTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/**
 * Rebuilds progress from data read back from storage, entry by entry: every tick of a known item
 * with a readable time is kept, everything else is dropped.
 */
export function restoreProgress(stored: unknown): StoredProgress {
  const done: Record<string, string> = {};
  const entries =
    typeof stored === 'object' && stored !== null && 'done' in stored ? stored.done : undefined;
  if (typeof entries === 'object' && entries !== null && !Array.isArray(entries)) {
    for (const [id, time] of Object.entries(entries)) {
      if (itemIds.has(id) && isDoneTime(time)) done[id] = time;
    }
  }
  return { done };
}
