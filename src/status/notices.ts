import { createStore } from 'zustand/vanilla';
import { hookFor } from '../store/hook.ts';

/** Why progress cannot be saved on this device, if it cannot. */
export type SaveProblem = 'unavailable' | 'full';

interface Notices {
  saveProblem: SaveProblem | null;
  /** Part of the stored progress could not be read, and whether its raw text was backed up. */
  recovered: 'backed-up' | 'not-backed-up' | null;
  /** The other language's text could not be fetched (offline before it was ever cached, say). */
  languageUnavailable: boolean;
  /** Set when a new version is waiting, or another tab let it in; calling it reloads into it. */
  applyUpdate: (() => void) | null;
  reportSaveProblem: (problem: SaveProblem) => void;
  reportSaved: () => void;
  reportRecovered: (backedUp: boolean) => void;
  dismissRecovered: () => void;
  reportLanguageUnavailable: () => void;
  dismissLanguageUnavailable: () => void;
  /** A new version is never swapped in silently: the page offers it. */
  offerUpdate: (apply: () => void) => void;
}

/** What the page has to tell the person about its own state, shown until it changes or is dismissed. */
export const useNotices = hookFor(
  createStore<Notices>()((set) => ({
    saveProblem: null,
    recovered: null,
    languageUnavailable: false,
    applyUpdate: null,
    reportSaveProblem: (saveProblem) => set({ saveProblem }),
    reportSaved: () => set({ saveProblem: null }),
    reportRecovered: (backedUp) => set({ recovered: backedUp ? 'backed-up' : 'not-backed-up' }),
    dismissRecovered: () => set({ recovered: null }),
    reportLanguageUnavailable: () => set({ languageUnavailable: true }),
    dismissLanguageUnavailable: () => set({ languageUnavailable: false }),
    offerUpdate: (applyUpdate) => set({ applyUpdate }),
  })),
);
