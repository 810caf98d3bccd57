/**
 * The text of what a person opens only now and then: sending progress, a progress link opened, and
 * a reminder. Each language's is loaded when first needed (src/locale/onDemand.ts), with the code
 * that shows it, so that no page loads it before then.
 */
/** How much of a step is done on one side: `done` of its `total` parts (1 of 1 for a step without parts). */
export interface StepParts {
  done: number;
  total: number;
}

export interface OnDemandStrings {
  /** Prerendered beside the app for when it cannot start (StartFailedNotice.tsx): the page never fetches it. */
  startFailed: string;
  /** Progress sent as a link (src/links/progressLink.ts), and a link of it opened. */
  progressLink: {
    sendTitle: string;
    /** What the link carries, said before it is sent: steps done as the page counts them, and steps partly done. */
    contains: (done: number, total: number, partly: number) => string;
    /** Who can see what it carries: whoever gets it, and the messenger it passes through. */
    whoSees: string;
    withNotes: (notes: number) => string;
    /** Shown while notes are added: who can read them, and what to keep out of them. */
    notesSeen: string;
    linkLabel: string;
    /** What is copied or shared: the link in a sentence that says what it is. */
    message: (done: number, total: number, link: string) => string;
    share: string;
    copy: string;
    copied: string;
    shared: string;
    close: string;
    incomingTitle: string;
    compare: (theirs: number, mine: number, total: number) => string;
    /** How many steps are done further on one side than the other: it opens their list. */
    differ: (steps: number) => string;
    same: string;
    /**
     * A step done further on one side than the other: how many of its parts (1 for a step without
     * parts) each has done. The link's side is the other person's, or for a reminder the person's own past.
     */
    differs: (step: string, inLink: StepParts, mine: StepParts, reminder: boolean) => string;
    /** How many notes the link holds (0: none). */
    notesInLink: (notes: number) => string;
    /** The link holds nothing the person does not already have. */
    nothingNew: string;
    /** The link had ids this guide does not have, or notes too long: they were left out. */
    partial: string;
    /** Each choice, and in one line what it does (to ticks and notes). */
    look: string;
    lookDoes: string;
    take: string;
    takeDoes: string;
    merge: string;
    mergeDoes: string;
    /** Where merging and replacing would come to the same, the one choice that stands for both. */
    use: string;
    useDoes: string;
    ignore: string;
    ignoreDoes: string;
    viewing: (done: number, total: number) => string;
    backToMine: string;
    /** Before each of two notes combined on a step: one's own, and the other person's. */
    mineNote: string;
    theirNote: string;
    /** Steps whose two notes together were too long to keep: one's own was kept. */
    notesKept: (steps: number) => string;
    unreadable: string;
    /** A reminder's link opened where its progress is not (all) kept: offered back in one tap. */
    reminderTitle: string;
    reminderCompare: (saved: number, here: number, total: number) => string;
    /** Why progress may be gone from this browser. */
    reminderWhy: string;
    restore: string;
    restoreDoes: string;
  };
  /** Said once, at the foot of the screen, on arriving at a step from a link to it, or from a reminder. */
  stepLink: {
    shared: (step: string) => string;
    reminder: (step: string) => string;
  };
  /** The progress link as a QR code, in the dialog that sends it. */
  qr: {
    /** The code's accessible name. */
    label: string;
    hint: string;
    /** The link is too long for a code that a phone can read from a screen. */
    tooLong: string;
  };
  /** A calendar event (src/reminder/ics.ts) to come back to a step after some days. */
  reminder: {
    title: (step: string) => string;
    /** What the reminder's link carries, so that progress wiped from the browser can come back. */
    carries: (ticks: number, total: number) => string;
    days: string;
    /** The days typed are not a whole number from 1 to `max`. */
    daysInvalid: (max: number) => string;
    /** Where the event comes from, and what to do with it. */
    hint: string;
    download: string;
    share: string;
    close: string;
    /** The day and time the event is set for. */
    when: (date: Date) => string;
    /** Said before the download is tapped: some in-app browsers do not download. */
    ifNothingDownloads: string;
    /** Said in the dialog once the file is offered for download. */
    saved: string;
    shared: string;
    /** The event's title in the calendar. */
    eventTitle: (step: string) => string;
    /** The event's text: what to check, the step's note if the person adds their notes, and the link back to the step. */
    eventBody: (detail: string, link: string, note: string | null) => string;
    fileName: string;
  };
}
