import { create } from 'zustand';

interface LanguageProblem {
  /** The other language's text could not be fetched (offline before it was ever cached, say). */
  unavailable: boolean;
  report: () => void;
  dismiss: () => void;
}

export const useLanguageProblem = create<LanguageProblem>()((set) => ({
  unavailable: false,
  report: () => set({ unavailable: true }),
  dismiss: () => set({ unavailable: false }),
}));
