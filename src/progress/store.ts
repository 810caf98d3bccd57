import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { itemIds } from '../content/guide.ts';
import { CURRENT_VERSION, type DoneMap, type StoredProgress } from './restore.ts';
import { createProgressStorage } from './storage.ts';

export const STORAGE_KEY = 'tm-card-cancel:progress';

interface ProgressState extends StoredProgress {
  /** False until stored progress has been applied: the prerendered page must not look ticked or unticked. */
  ready: boolean;
  /** The ticks cleared by the last reset, kept in memory so the reset can be undone. */
  lastReset: DoneMap | null;
  /** Ticks or unticks one item. Takes the new state, not a toggle, so a stale view cannot invert it. */
  setDone: (id: string, done: boolean) => void;
  reset: () => void;
  undoReset: () => void;
}

export const progressStorage = createProgressStorage();

/**
 * What the person did, and nothing else. Stored data is read, upgraded and repaired by
 * `progressStorage` (see `readProgress`) before persist sees it, so it always arrives in the
 * current version's shape and persist has nothing left to migrate.
 */
export const useProgress = create<ProgressState>()(
  persist(
    (set, _get, api) => {
      /** Another tab may have saved since we last looked: start from its state, never overwrite it. */
      function catchUp() {
        if (progressStorage.changedElsewhere(STORAGE_KEY)) void api.persist.rehydrate();
      }

      return {
        done: {},
        ready: false,
        lastReset: null,
        setDone: (id, isDone) => {
          if (!itemIds.has(id)) return;
          catchUp();
          set(({ done }) => {
            if (Object.hasOwn(done, id) === isDone) return {};
            return {
              done: isDone
                ? { ...done, [id]: new Date().toISOString() }
                : Object.fromEntries(Object.entries(done).filter(([key]) => key !== id)),
              lastReset: null,
            };
          });
        },
        reset: () => {
          catchUp();
          set(({ done }) => (Object.keys(done).length === 0 ? {} : { done: {}, lastReset: done }));
        },
        undoReset: () => {
          catchUp();
          set(({ done, lastReset }) =>
            lastReset === null ? {} : { done: { ...lastReset, ...done }, lastReset: null },
          );
        },
      };
    },
    {
      name: STORAGE_KEY,
      version: CURRENT_VERSION,
      storage: progressStorage,
      partialize: ({ done }): StoredProgress => ({ done }),
      merge: (stored, current) => ({ ...current, ...(stored as StoredProgress | undefined), ready: true }),
      // The prerender has no storage; it renders the state before anything is read.
      skipHydration: import.meta.env.SSR,
    },
  ),
);

/** Shows ticks made in other tabs as they happen. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) void useProgress.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
