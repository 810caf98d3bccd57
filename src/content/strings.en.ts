import { counts } from './counts.en.ts';
import type { Strings } from './strings.ts';

const timeFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const stringsEn: Strings = {
  ...counts,
  pageDescription:
    'A step-by-step checklist for cancelling a TM number-keeping SIM: tick off each step, keep your progress on this device, share a link to any step.',
  formatDoneTime: (iso: string) => timeFormat.format(new Date(iso)),
  progressLabel: 'Progress',
  nextStep: 'Next: ',
  update: {
    available: 'A new version is available. Reload to use it; your progress is not affected.',
    reload: 'Reload',
  },
  transfer: {
    heading: 'Take your progress with you',
    export: 'Export progress',
    import: 'Import progress',
    imported: 'Progress imported from the file.',
    partial: 'Imported what could be read from the file; the rest was not recognised and was ignored.',
    unreadable:
      'This file cannot be read: it is not a progress file exported from this checklist. Nothing was changed.',
    tooLarge: 'This file is too large to be a progress file exported from this checklist. Nothing was changed.',
    undone: 'Import undone: your progress from before it is back.',
  },
  copyProgress: {
    button: 'Copy progress',
    copied: 'Progress copied: paste it into a chat or a note',
    manualTitle: 'Copy the progress by hand',
    manualLabel: 'Progress as text',
    parts: (done: number, total: number) => ` (${done} / ${total})`,
    doneOn: (time: string) => ` (done on ${time})`,
  },
  manualCopy: {
    hint: 'It could not be copied automatically. Select and copy it below.',
    close: 'Close',
  },
  details: { hide: 'Hide all explanations', show: 'Show all explanations' },
  doneAt: 'Done on',
  note: {
    button: 'Note',
    buttonLabel: (title: string) => `Note: ${title}`,
    fieldLabel: (title: string) => `Note for ${title}`,
    hint: 'For example a ticket number or the branch you visited. Kept only on this device.',
    line: (note: string) => `Note: ${note}`,
  },
  savedLocally: 'Your progress is kept only in this browser, on this device.',
  needsJavaScript: 'Ticking and saving need JavaScript; without it you can still follow the list below step by step.',
  reset: {
    button: 'Reset progress',
    title: 'Clear all progress?',
    body: 'This unticks everything and clears all notes. You can undo it straight away.',
    confirm: 'Clear progress',
    cancel: 'Cancel',
    cleared: 'All ticks and notes cleared.',
    undo: 'Undo',
    restored: 'Progress from before the reset is back.',
  },
  share: {
    button: 'Share link',
    buttonLabel: (title: string) => `Share link: ${title}`,
    copied: 'Link copied',
    shared: 'Link shared',
    manualTitle: 'Copy the link by hand',
    manualLabel: 'Link to this step',
  },
  link: {
    notFound: 'Step not found: the link may be incomplete or out of date. Here is the whole checklist.',
  },
  progressLink: {
    send: 'Send progress',
    sendTitle: 'Send your progress to another device, or to someone helping you',
    contains: (ticks: number, total: number) =>
      `The link carries the ${ticks} of ${total} steps you have ticked, and when you ticked them.`,
    private:
      'The progress is only in the part of the link after #, which browsers never send to any server. Whoever opens it can look first and then decide whether to use it; it never changes their progress by itself.',
    withNotes: (notes: number) => `Also send my ${notes === 1 ? 'note' : `${notes} notes`}`,
    linkLabel: 'Progress link',
    length: (characters: number) => `The link is ${characters} characters long.`,
    share: 'Share',
    copy: 'Copy link',
    copied: 'Progress link copied',
    shared: 'Progress link shared',
    close: 'Close',
    incomingTitle: 'You have been sent some progress',
    compare: (theirs: number, mine: number, total: number) =>
      `The link’s progress has ${theirs} of ${total} steps done; yours has ${mine}.`,
    differ: 'Steps where the two differ:',
    same: 'Both have exactly the same steps ticked.',
    onlyTheirs: 'done in the link',
    onlyMine: 'done by you',
    partial: 'Some of the link is not part of this checklist and was left out.',
    look: 'Just look',
    take: 'Replace my progress with it',
    merge: 'Merge the two',
    ignore: 'No, thanks',
    viewing: (done: number, total: number) =>
      `You are looking at the link’s progress (${done} of ${total} done) and cannot tick. Your own progress has not changed.`,
    backToMine: 'Back to my progress',
    taken: 'Your progress was replaced with the link’s.',
    merged: 'The link’s progress was merged into yours.',
    notesKept: (steps: number) =>
      `On ${steps === 1 ? 'one step' : `${steps} steps`} the two notes together were too long; your own was kept.`,
    undone: 'Undone: your progress from before is back.',
    unreadable:
      'This progress link is incomplete or damaged, so nothing in it was read. Your progress has not changed.',
  },
  storage: {
    unavailable:
      'This device does not let the page save anything (a browser setting or private mode). You can still tick, but your progress will be gone when you close the page.',
    full: 'The browser’s storage is full, so your latest ticks were not saved. Free some site data and your next tick will save everything; until then, keep this page open.',
    recovered: {
      'backed-up':
        'Part of your saved progress could not be read. Every tick that could be read was kept, and a copy of the original data was saved aside, not deleted.',
      'not-backed-up':
        'Part of your saved progress could not be read. Every tick that could be read was kept; storage is full, so the original data could not be copied aside and was left as it was.',
    },
  },
  languageUnavailable:
    'The Chinese version could not be loaded, so the page stays in English. Try again when you are online; your progress is unaffected.',
  dismiss: 'OK',
};
