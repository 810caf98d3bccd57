import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { itemIds } from '../content/guide.ts';
import { restoreProgress, type DoneMap, type StoredProgress } from './restore.ts';

export const STORAGE_KEY = 'tm-card-cancel:progress';
export const STORAGE_VERSION = 1;

interface ProgressState extends StoredProgress {
  /** The ticks cleared by the last reset, kept in memory so the reset can be undone. */
  lastReset: DoneMap | null;
  toggle: (id: string) => void;
  reset: () => void;
  undoReset: () => void;
  dismissUndo: () => void;
}

export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      done: {},
      lastReset: null,
      toggle: (id) =>
        set(({ done }) => {
          if (!itemIds.has(id)) return {};
          const { [id]: wasDone, ...rest } = done;
          return {
            done: wasDone === undefined ? { ...done, [id]: new Date().toISOString() } : rest,
            lastReset: null,
          };
        }),
      reset: () =>
        set(({ done }) => (Object.keys(done).length === 0 ? {} : { done: {}, lastReset: done })),
      undoReset: () =>
        set(({ done, lastReset }) =>
          lastReset === null ? {} : { done: { ...lastReset, ...done }, lastReset: null },
        ),
      dismissUndo: () => set({ lastReset: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ done }): StoredProgress => ({ done }),
      migrate: (stored) => restoreProgress(stored),
      merge: (stored, current) => ({ ...current, ...restoreProgress(stored) }),
    },
  ),
);
