import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { itemIds, tickableIds } from '../content/guide.ts';
import { STORAGE_KEY } from './key.ts';
import { CURRENT_VERSION, isEmpty, MAX_NOTE_LENGTH, type StoredProgress } from './stored.ts';
import { withDone, without } from './derive.ts';
import { keepLooking, keptLooking } from './looking.ts';
import { revertChange } from './merge.ts';
import { STAGE_ATTRIBUTE, type Stage } from './stage.ts';
import { createProgressStorage } from './storage.ts';
import { hookFor } from '../store/hook.ts';

/** Progress taken from elsewhere: a file (all of it, or the part that could be read), or a link. */
type ReplaceCause = 'import' | 'partial-import' | 'link-take' | 'link-merge';
/** What replaced the progress that can be brought back. */
export type UndoCause = 'reset' | ReplaceCause;

export interface ProgressState extends StoredProgress {
  /** Who shows progress: until the `app` does, the page shows only what the early script showed. */
  stage: Stage;
  /** Hands progress over to `stage`, on the page's root element too. */
  enter: (stage: Stage) => void;
  /**
   * What the last reset or replacement changed (the progress before it and right after it), kept
   * in memory so it can be undone.
   */
  undoable: { before: StoredProgress; after: StoredProgress; cause: UndoCause } | null;
  /**
   * Someone else's progress, from a link, that the page shows instead of the person's own while
   * they only look at it. Never stored with their own; kept for the tab (looking.ts), and shown
   * again once the app starts, until they leave it. While it is shown, nothing can be ticked.
   */
  viewing: StoredProgress | null;
  view: (progress: StoredProgress | null) => void;
  /**
   * Ticks or unticks tickable ids (a step, or all the parts of one). Takes the new state, not a
   * toggle, so a stale view cannot invert it.
   */
  setDone: (ids: readonly string[], done: boolean) => void;
  setNote: (id: string, note: string) => void;
  reset: () => void;
  /**
   * Replaces all progress with progress from a file or a link (already checked by `readProgress`),
   * or with what `replace` makes of one's own as it is now (merging into it).
   */
  replaceWith: (replace: StoredProgress | ((own: StoredProgress) => StoredProgress), cause: ReplaceCause) => void;
  undo: () => void;
}

const progressStorage = createProgressStorage();

/**
 * What the person did, and nothing else. Stored data is read, upgraded and repaired by
 * `progressStorage` (see `readProgress`) before persist sees it, so it always arrives in the
 * current version's shape and persist has nothing left to migrate.
 */
const progressStore = createStore<ProgressState>()(
  persist(
    (set, get, api) => {
      /** Another tab may have saved since this one last read: start from what it saved, never overwrite it. */
      function rereadIfSavedElsewhere() {
        if (progressStorage.changedElsewhere(STORAGE_KEY)) void api.persist.rehydrate();
      }

      return {
        done: {},
        notes: {},
        stage: 'built',
        undoable: null,
        viewing: null,
        view: (viewing) => {
          keepLooking(viewing);
          set({ viewing });
        },
        enter: (stage) => {
          document.documentElement.setAttribute(STAGE_ATTRIBUTE, stage);
          // The taps the early script stored while the app hydrated: React did not see them.
          if (get().stage === 'hydrating') void api.persist.rehydrate();
          // Looking at someone's progress, begun before a reload or a return to the page, goes on.
          set(({ viewing }) => (stage === 'app' ? { stage, viewing: viewing ?? keptLooking() } : { stage }));
        },
        setDone: (requested, isDone) => {
          const ids = requested.filter((id) => tickableIds.has(id));
          if (ids.length === 0) return;
          rereadIfSavedElsewhere();
          set(({ done }) => {
            const next = withDone(done, ids, isDone, new Date().toISOString());
            return next === done ? {} : { done: next, undoable: null };
          });
        },
        setNote: (id, note) => {
          if (!itemIds.has(id)) return;
          rereadIfSavedElsewhere();
          const text = note.slice(0, MAX_NOTE_LENGTH);
          set(({ notes }) => {
            if ((notes[id] ?? '') === text) return {};
            return { notes: text === '' ? without(notes, [id]) : { ...notes, [id]: text } };
          });
        },
        reset: () => {
          rereadIfSavedElsewhere();
          set(({ done, notes }) => {
            if (isEmpty({ done, notes })) return {};
            const after = { done: {}, notes: {} };
            return { ...after, undoable: { before: { done, notes }, after, cause: 'reset' } };
          });
        },
        replaceWith: (replace, cause) => {
          rereadIfSavedElsewhere();
          keepLooking(null);
          set(({ done, notes }) => {
            const after = typeof replace === 'function' ? replace({ done, notes }) : replace;
            return { ...after, viewing: null, undoable: { before: { done, notes }, after, cause } };
          });
        },
        undo: () => {
          rereadIfSavedElsewhere();
          set(({ done, notes, undoable }) => {
            if (undoable === null) return {};
            // Only what the reset or replacement changed goes back: changes made since, here or in
            // another tab, stay.
            return { ...revertChange(undoable.before, undoable.after, { done, notes }), undoable: null };
          });
        },
      };
    },
    {
      name: STORAGE_KEY,
      version: CURRENT_VERSION,
      storage: progressStorage,
      partialize: ({ done, notes }): StoredProgress => ({ done, notes }),
      merge: (stored, current) => ({ ...current, ...(stored as StoredProgress | undefined) }),
      // The prerender has no storage; it renders the state before anything is read.
      skipHydration: import.meta.env.SSR,
    },
  ),
);

/** The progress store, as a hook with a selector and as its API (`useProgress.getState()`, `.persist`). */
export const useProgress = hookFor(progressStore);
