import type { Count, Counts } from './counts.ts';

/**
 * Every sentence, word and punctuation mark of the interface, apart from the guide itself: each
 * language writes all of them, so nothing of one language shows in another.
 */
export interface Strings extends Counts {
  /** The page's description for search engines and link previews. */
  pageDescription: string;
  /** When a step was done, from an ISO time. */
  formatDoneTime: (iso: string) => string;
  progressLabel: string;
  nextStep: string;
  needsJavaScript: string;
  savedLocally: string;
  /** How to keep a copy of progress that lives only in this browser. */
  keepCopy: string;
  dismiss: string;
  /** In place of a part of the page that could not be fetched (components/onDemand.tsx). */
  loadFailed: string;
  /** While a dialog is being fetched. */
  opening: string;
  update: { available: string; reload: string };
  /** The quiet control that shows what is one tap away: moving progress, or a step's own actions. */
  more: {
    button: string;
    /** The progress actions' accessible name: starts with its visible label. */
    progressLabel: string;
    /** A step's actions' accessible name: starts with its visible label. */
    stepLabel: (title: string) => string;
  };
  transfer: {
    export: string;
    import: string;
    imported: string;
    partial: string;
    unreadable: string;
    tooLarge: string;
    /** Announced when an import is undone. */
    undone: string;
  };
  copyProgress: {
    button: string;
    copied: string;
    manualTitle: string;
    manualLabel: string;
    /** A step's parts count in the copied text, e.g. "（2 / 5）". */
    parts: Count;
    /** When a step was done, in the copied text, e.g. "（完成于 5月1日 10:00）". */
    doneOn: (time: string) => string;
  };
  /** The dialog that offers a text to copy by hand (a link, the progress). */
  manualCopy: { hint: string; close: string };
  details: { hide: string; show: string };
  /** Read before a step's done time, which is shown without it. */
  doneAt: string;
  note: {
    /** The note button's visible label. */
    button: string;
    /** The note button's accessible name: starts with its visible label. */
    buttonLabel: (title: string) => string;
    fieldLabel: (title: string) => string;
    hint: string;
    /** What a note starts with where it is shown, printed and copied: "备注：". */
    label: string;
  };
  reset: {
    button: string;
    title: string;
    body: string;
    confirm: string;
    cancel: string;
    cleared: string;
    undo: string;
    /** Announced when a reset is undone. */
    restored: string;
  };
  share: {
    /** The share button's visible label. */
    button: string;
    /** The share button's accessible name: starts with its visible label. */
    buttonLabel: (title: string) => string;
    copied: string;
    shared: string;
    manualTitle: string;
    manualLabel: string;
  };
  link: { notFound: string };
  /** A calendar event to come back to a step; its dialog's text is loaded when needed (onDemand.ts). */
  reminder: {
    button: string;
    /** The button's accessible name: starts with its visible label. */
    buttonLabel: (title: string) => string;
  };
  /** Sending progress as a link; the rest of its text is loaded when needed (onDemand.ts). */
  progressLink: {
    send: string;
    taken: string;
    merged: string;
    undone: string;
  };
  storage: {
    unavailable: string;
    full: string;
    recovered: { 'backed-up': string; 'not-backed-up': string };
  };
  languageUnavailable: string;
}
