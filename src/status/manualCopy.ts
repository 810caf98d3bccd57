import { createStore } from 'zustand/vanilla';
import { hookFor } from '../store/hook.ts';

/** Text that could be neither shared nor copied automatically, offered for copying by hand. */
export interface CopyRequest {
  title: string;
  label: string;
  text: string;
  /** The control that asked (a share or copy button), which gets focus back when the dialog closes. */
  returnFocusTo: HTMLElement;
}

interface ManualCopy {
  request: CopyRequest | null;
  open: (request: CopyRequest) => void;
  close: () => void;
}

/** At most one text at a time is offered for copying by hand, in one dialog for the whole page. */
export const useManualCopy = hookFor(
  createStore<ManualCopy>()((set) => ({
    request: null,
    open: (request) => set({ request }),
    close: () => set({ request: null }),
  })),
);
