import { create } from 'zustand';

/** Why progress cannot be saved on this device, if it cannot. */
export type SaveProblem = 'unavailable' | 'full';

interface Notices {
  saveProblem: SaveProblem | null;
  /** Part of the stored progress could not be read, and whether its raw text was backed up. */
  recovered: 'backed-up' | 'not-backed-up' | null;
  reportSaveProblem: (problem: SaveProblem) => void;
  reportSaved: () => void;
  reportRecovered: (backedUp: boolean) => void;
  dismissRecovered: () => void;
}

/** Lasting notices about this device's storage, shown until the situation changes. */
export const useNotices = create<Notices>()((set) => ({
  saveProblem: null,
  recovered: null,
  reportSaveProblem: (saveProblem) => set({ saveProblem }),
  reportSaved: () => set({ saveProblem: null }),
  reportRecovered: (backedUp) => set({ recovered: backedUp ? 'backed-up' : 'not-backed-up' }),
  dismissRecovered: () => set({ recovered: null }),
}));
