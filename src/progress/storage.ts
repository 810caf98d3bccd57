import { allItems } from '../content/guide.ts';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useNotices, type SaveProblem } from '../status/notices.ts';
import { CURRENT_VERSION, readProgress, type StoredProgress } from './restore.ts';

export const backupKey = (key: string) => `${key}:backup`;

export interface ProgressStorage extends PersistStorage<StoredProgress> {
  /** True when the stored text is not what this tab last read or wrote: another tab saved. */
  changedElsewhere: (name: string) => boolean;
}

/** What browsers call a full storage: older WebKit and older Firefox named it differently. */
const QUOTA_ERRORS = ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 'NS_ERROR_DOM_QUOTA_REACHED'];

function isQuotaError(error: unknown) {
  return error instanceof DOMException && QUOTA_ERRORS.includes(error.name);
}

/**
 * The only code that touches localStorage. It never throws: when storage is blocked or full the
 * app keeps working in memory and a lasting notice says why nothing is being saved. Whatever is
 * read back goes through `readProgress`; if anything had to be dropped, the raw text is first
 * copied to a backup key.
 */
export function createProgressStorage(getStorage: () => Storage = () => window.localStorage): ProgressStorage {
  let lastSeen: string | null = null;
  /** The progress last read or written, as the store holds it. */
  let lastState: StoredProgress | null = null;

  function access(): Storage | null {
    try {
      return getStorage();
    } catch (error) {
      fail('unavailable', error);
      return null;
    }
  }

  /** Reports a problem once, when it starts, rather than on every failing save. */
  function fail(problem: SaveProblem, error: unknown) {
    const notices = useNotices.getState();
    if (notices.saveProblem === problem) return;
    console.warn(`Progress cannot be saved: storage is ${problem}.`, error);
    notices.reportSaveProblem(problem);
  }

  function readRaw(name: string): string | null | undefined {
    const storage = access();
    if (storage === null) return undefined;
    try {
      return storage.getItem(name);
    } catch (error) {
      fail('unavailable', error);
      return undefined;
    }
  }

  /** Copies `raw` aside; true if the copy is safely stored. */
  function keepBackup(storage: Storage, name: string, raw: string): boolean {
    try {
      storage.setItem(backupKey(name), raw);
      return true;
    } catch (error) {
      console.warn('Could not back up the unreadable progress.', error);
      return false;
    }
  }

  /**
   * Saves what could be read over the damaged text, but only once that text is backed up: then the
   * repair is not repeated (nor the notice shown) on every visit. Without a backup the original
   * stays where it is until the person's next change.
   */
  function repair(name: string, raw: string, progress: StoredProgress) {
    const storage = access();
    const backedUp = storage !== null && keepBackup(storage, name, raw);
    useNotices.getState().reportRecovered(backedUp);
    if (backedUp) write(storage, name, { state: progress, version: CURRENT_VERSION });
  }

  function rewrite(name: string, progress: StoredProgress) {
    const storage = access();
    if (storage !== null) write(storage, name, { state: progress, version: CURRENT_VERSION });
  }

  /** True if it was stored. */
  function write(storage: Storage, name: string, value: StorageValue<StoredProgress>): boolean {
    const raw = JSON.stringify(value);
    try {
      storage.setItem(name, raw);
      lastSeen = raw;
      if (useNotices.getState().saveProblem !== null) useNotices.getState().reportSaved();
      return true;
    } catch (error) {
      fail(isQuotaError(error) ? 'full' : 'unavailable', error);
      return false;
    }
  }

  return {
    getItem(name): StorageValue<StoredProgress> | null {
      const raw = readRaw(name);
      if (raw === undefined) return null;
      lastSeen = raw;
      if (raw === null) return null;
      const { progress, lossless, outdated } = readProgress(raw, allItems);
      if (!lossless) repair(name, raw, progress);
      // In this version's shape, the page's early script can show it at first paint (src/early/).
      else if (outdated) rewrite(name, progress);
      lastState = progress;
      return { state: progress, version: CURRENT_VERSION };
    },

    setItem(name, value) {
      // Only what changed is written (nothing done, with nothing stored, is no change either): the
      // page showing more of what it read is not a change, and a full storage need not hear of it.
      const { done, notes } = value.state;
      const unchanged = lastState
        ? done === lastState.done && notes === lastState.notes
        : Object.keys(done).length + Object.keys(notes).length === 0;
      if (unchanged) return;
      lastState = value.state;
      const storage = access();
      if (storage !== null && write(storage, name, value)) askToKeep(value.state);
    },

    removeItem(name) {
      try {
        access()?.removeItem(name);
      } catch (error) {
        fail('unavailable', error);
      }
    },

    changedElsewhere(name) {
      const raw = readRaw(name);
      return raw !== undefined && raw !== lastSeen;
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
  if (keepAsked || Object.keys(progress.done).length + Object.keys(progress.notes).length === 0) return;
  keepAsked = true;
  // Absent where the page is not served securely (plain http), from older browsers, outside a browser.
  const storage = (typeof navigator === 'undefined' ? undefined : navigator.storage) as
    Partial<StorageManager> | undefined;
  const { persist, persisted } = storage ?? {};
  if (persist === undefined) return;
  void (async () => {
    if (!(await persisted?.call(storage))) await persist.call(storage);
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
