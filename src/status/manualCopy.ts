import { create } from 'zustand';

interface ManualCopy {
  /** The step whose link could be neither shared nor copied, and the link to copy by hand. */
  request: { itemId: string; link: string } | null;
  open: (itemId: string, link: string) => void;
  close: () => void;
}

/** At most one link at a time is offered for copying by hand, in one dialog for the whole page. */
export const useManualCopy = create<ManualCopy>()((set) => ({
  request: null,
  open: (itemId, link) => set({ request: { itemId, link } }),
  close: () => set({ request: null }),
}));
