import { create } from 'zustand';

/** Why progress cannot be saved on this device, if it cannot. */
export type SaveProblem = 'unavailable' | 'full';

interface Notices {
  saveProblem: SaveProblem | null;
  /** Part of the stored progress could not be read; the raw text was kept in a backup. */
  recovered: boolean;
  reportSaveProblem: (problem: SaveProblem) => void;
  reportSaved: () => void;
  reportRecovered: () => void;
  dismissRecovered: () => void;
}

/** Lasting notices about this device's storage, shown until the situation changes. */
export const useNotices = create<Notices>()((set) => ({
  saveProblem: null,
  recovered: false,
  reportSaveProblem: (saveProblem) => set({ saveProblem }),
  reportSaved: () => set({ saveProblem: null }),
  reportRecovered: () => set({ recovered: true }),
  dismissRecovered: () => set({ recovered: false }),
}));
