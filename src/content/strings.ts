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
  dismiss: string;
  update: { available: string; reload: string };
  transfer: {
    heading: string;
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
    /** A note as printed and copied, e.g. "备注：…". */
    line: (note: string) => string;
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
  /** Progress sent as a link (src/links/progressLink.ts), and a link of it opened. */
  progressLink: {
    send: string;
    sendTitle: string;
    /** What the link carries, said before it is sent. */
    contains: (ticks: number, total: number) => string;
    /** What it never carries, and where it never goes. */
    private: string;
    withNotes: (notes: number) => string;
    linkLabel: string;
    /** Its length, for a sense of how dense its code will be. */
    length: (characters: number) => string;
    share: string;
    copy: string;
    copied: string;
    shared: string;
    close: string;
    incomingTitle: string;
    compare: (theirs: number, mine: number, total: number) => string;
    differ: string;
    same: string;
    /** After a step's title, in the list of steps that differ. */
    onlyTheirs: string;
    onlyMine: string;
    /** The link had ids this guide does not have, or notes too long: they were left out. */
    partial: string;
    look: string;
    take: string;
    merge: string;
    ignore: string;
    viewing: (done: number, total: number) => string;
    backToMine: string;
    taken: string;
    merged: string;
    /** Steps whose two notes together were too long to keep: one's own was kept. */
    notesKept: (steps: number) => string;
    undone: string;
    unreadable: string;
  };
  storage: {
    unavailable: string;
    full: string;
    recovered: { 'backed-up': string; 'not-backed-up': string };
  };
  languageUnavailable: string;
}
