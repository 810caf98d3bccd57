import { createStore } from 'zustand/vanilla';
import { hookFor } from '../store/hook.ts';

interface Announcement {
  message: string;
  /** Changes on every announcement so that repeating the same words is still announced. */
  key: number;
  announce: (message: string) => void;
  clear: () => void;
}

/** The page's polite live region: short confirmations that a screen reader reads out. */
export const useAnnouncer = hookFor(
  createStore<Announcement>()((set) => ({
    message: '',
    key: 0,
    announce: (message) => set(({ key }) => ({ message, key: key + 1 })),
    clear: () => set({ message: '' }),
  })),
);
