import { counts } from './counts.en.ts';
import type { Strings } from './strings.ts';

const timeFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
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
  more: {
    button: 'More',
    progressLabel: 'More: copy, export, import or reset',
    stepLabel: (title: string) => `More: ${title}`,
  },
  transfer: {
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
    label: 'Note: ',
  },
  savedLocally: 'Your progress is kept only in this browser, on this device.',
  keepCopy:
    'To keep a copy, send it to yourself with Send progress, or set a reminder with Remind me: the reminder carries it too.',
  needsJavaScript: 'Ticking and saving need JavaScript; without it you can still follow the list below step by step.',
  reset: {
    button: 'Reset progress',
    title: 'Reset all progress?',
    body: 'This unticks everything and deletes all notes. You can undo it straight away.',
    confirm: 'Reset',
    cancel: 'Cancel',
    cleared: 'Progress reset: every tick and note is gone.',
    undo: 'Undo',
    restored: 'Progress from before the reset is back.',
  },
  share: {
    button: 'Share this step',
    buttonLabel: (title: string) => `Share this step: ${title}`,
    copied: 'Link copied',
    shared: 'Link shared',
    manualTitle: 'Copy the link by hand',
    manualLabel: 'Link to this step',
  },
  link: {
    notFound: 'Step not found: the link may be incomplete or out of date. Here is the whole checklist.',
  },
  reminder: {
    button: 'Remind me',
    buttonLabel: (title: string) => `Remind me: ${title}`,
  },
  progressLink: {
    send: 'Send progress',
    taken: 'Your progress was replaced with the link’s.',
    merged: 'The link’s progress was merged into yours.',
    undone: 'Undone: your progress from before is back.',
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
  opening: 'Opening…',
  loadFailed:
    'This part could not be loaded, perhaps because the network is down. Reload the page once you are online; your progress is not affected.',
};
