import { allItems } from '../content/guide.ts';
import type { PersistStorage } from 'zustand/middleware';
import { useNotices, type SaveProblem } from '../status/notices.ts';
import { readProgress } from './restore.ts';
import { envelope, isEmpty, parseStored, storedText, type StoredProgress } from './stored.ts';

export const backupKey = (key: string) => `${key}:backup`;

export interface ProgressStorage extends PersistStorage<StoredProgress> {
  /** True when the stored text is not what this tab last read or wrote: another tab saved. */
  changedElsewhere: (name: string) => boolean;
}

/** What browsers call a full storage: older WebKit and older Firefox named it differently. */
const QUOTA_ERRORS = ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 'NS_ERROR_DOM_QUOTA_REACHED'];

/**
 * How the app keeps progress in localStorage (before it starts, the early script does). It never
 * throws: when storage is blocked or full the app keeps working in memory and a lasting notice says
 * why nothing is being saved. Whatever is read back goes through `readProgress`; if anything had to
 * be dropped, the raw text is first copied to a backup key.
 */
export function createProgressStorage(): ProgressStorage {
  let lastSeen: string | null = null;
  /** The progress last read or written, as the store holds it. */
  let lastState: StoredProgress | null = null;

  /** What `act` gives of the storage, or `false` where it is blocked or full: said once, when it starts. */
  function attempt<T>(act: (storage: Storage) => T): T | false {
    try {
      return act(window.localStorage);
    } catch (error) {
      const problem: SaveProblem =
        error instanceof DOMException && QUOTA_ERRORS.includes(error.name) ? 'full' : 'unavailable';
      const notices = useNotices.getState();
      if (notices.saveProblem === problem) return false;
      console.warn(`Progress cannot be saved: storage is ${problem}.`, error);
      notices.reportSaveProblem(problem);
      return false;
    }
  }

  /** True if it was stored. */
  function write(name: string, progress: StoredProgress): boolean {
    const raw = storedText(progress);
    if (attempt((storage) => storage.setItem(name, raw)) === false) return false;
    lastSeen = raw;
    if (useNotices.getState().saveProblem !== null) useNotices.getState().reportSaved();
    return true;
  }

  /**
   * Saves what could be read over the damaged text, but only once that text is backed up: then the
   * repair is not repeated (nor the notice shown) on every visit. Without a backup the original
   * stays where it is until the person's next change.
   */
  function repair(name: string, raw: string, progress: StoredProgress) {
    let backedUp = true;
    try {
      window.localStorage.setItem(backupKey(name), raw);
    } catch (error) {
      console.warn('Could not back up the unreadable progress.', error);
      backedUp = false;
    }
    useNotices.getState().reportRecovered(backedUp);
    if (backedUp) write(name, progress);
  }

  return {
    getItem(name) {
      const raw = attempt((storage) => storage.getItem(name));
      if (raw === false) return null;
      lastSeen = raw;
      if (raw === null) return null;
      const { progress, lossless, outdated } = readProgress(parseStored(raw), allItems);
      if (!lossless) repair(name, raw, progress);
      // In this version's shape, the page's early script can show it at first paint (src/early/).
      else if (outdated) write(name, progress);
      lastState = progress;
      return envelope(progress);
    },

    setItem(name, { state }) {
      // Only what changed is written (nothing done, with nothing stored, is no change either): the
      // page showing more of what it read is not a change, and a full storage need not hear of it.
      if (lastState ? state.done === lastState.done && state.notes === lastState.notes : isEmpty(state)) return;
      lastState = state;
      if (write(name, state)) askToKeep(state);
    },

    removeItem(name) {
      attempt((storage) => storage.removeItem(name));
    },

    changedElsewhere(name) {
      const raw = attempt((storage) => storage.getItem(name));
      return raw !== false && raw !== lastSeen;
    },
  };
}

let keepAsked = false;

/**
 * Asks the browser not to evict stored progress after days without a visit: once a page, when the
 * person has just saved something (Firefox asks them, and they should not meet that question before
 * they have done anything, nor on every visit), and not where it is kept already. Best effort.
 */
function askToKeep(progress: StoredProgress): void {
  if (keepAsked || isEmpty(progress)) return;
  keepAsked = true;
  // Absent where the page is not served securely (plain http), from older browsers, outside a browser.
  const storage = (typeof navigator === 'undefined' ? undefined : navigator.storage) as
    Partial<StorageManager> | undefined;
  if (storage?.persist === undefined) return;
  void (async () => {
    if (!(await storage.persisted?.())) await storage.persist?.();
  })().catch((error: unknown) => console.warn('Persistent storage was not granted.', error));
}

interface PersistedStore {
  persist: { getOptions: () => { name?: string }; rehydrate: () => Promise<void> | void };
}

/**
 * Shows what other tabs save (ticks, notes, preferences) as they save it, so that a tab never
 * writes back a state another has since changed.
 */
export function followOtherTabs(...stores: PersistedStore[]): () => void {
  const onStorage = (event: StorageEvent) => {
    for (const store of stores) {
      if (event.key === null || event.key === store.persist.getOptions().name) void store.persist.rehydrate();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
