import { create } from 'zustand';

interface Announcement {
  message: string;
  /** Changes on every announcement so that repeating the same words is still announced. */
  key: number;
  announce: (message: string) => void;
  clear: () => void;
}

/** The page's polite live region: short confirmations that a screen reader reads out. */
export const useAnnouncer = create<Announcement>()((set) => ({
  message: '',
  key: 0,
  announce: (message) => set(({ key }) => ({ message, key: key + 1 })),
  clear: () => set({ message: '' }),
}));
