import type { OnDemandStrings, StepParts } from './onDemand.ts';

const side = (who: string, { done, total }: StepParts) =>
  `${who}: ${done === total ? 'done' : done === 0 ? 'not done' : `${done} of ${total} parts done`}`;

export const onDemandEn: OnDemandStrings = {
  startFailed:
    'The page did not load completely: the network may be down, or the site was just updated. Please reload the page; your saved progress is kept.',
  progressLink: {
    sendTitle: 'Send your progress to another device, or to someone helping you',
    contains: (done: number, total: number, partly: number) =>
      `The link carries your progress: ${done} of ${total} done${partly > 0 ? `, ${partly === 1 ? 'one more step' : `${partly} more steps`} partly done` : ''}, and when you did them.`,
    whoSees:
      'Anyone you send this link to can see the progress in it, and so can the chat app it passes through (WhatsApp or WeChat, say). Whoever opens it looks first and then decides whether to use it; it never changes their progress by itself.',
    withNotes: (notes: number) => `Also send my ${notes === 1 ? 'note' : `${notes} notes`}`,
    notesSeen:
      'Anyone who gets the link can read the notes: keep ID numbers, bank card numbers and passwords out of them.',
    linkLabel: 'Progress link',
    message: (done: number, total: number, link: string) =>
      `My progress cancelling the number-keeping SIM (${done}/${total}): ${link}`,
    share: 'Share',
    copy: 'Copy link',
    copied: 'Progress link copied',
    shared: 'Progress link shared',
    close: 'Close',
    incomingTitle: 'You have been sent some progress',
    compare: (theirs: number, mine: number, total: number) =>
      `The link’s progress has ${theirs} of ${total} steps done; yours has ${mine}.`,
    differ: (steps: number) => (steps === 1 ? 'One step differs' : `${steps} steps differ`),
    same: 'Both have exactly the same steps ticked.',
    differs: (step: string, inLink: StepParts, mine: StepParts, reminder: boolean) =>
      `${step} — ${side(reminder ? 'in the link' : 'theirs', inLink)}, ${side('yours', mine)}`,
    notesInLink: (notes: number) =>
      notes === 0 ? 'The link holds no notes.' : `The link holds ${notes === 1 ? 'one note' : `${notes} notes`}.`,
    nothingNew: 'Everything ticked or written in the link is already in your progress.',
    partial: 'Some of the link is not part of this checklist and was left out.',
    look: 'Just look',
    lookDoes: 'Shows the link’s progress and notes for now; yours stays as it is.',
    take: 'Replace my progress with it',
    takeDoes: 'Your ticks and notes become the link’s. You can undo it.',
    merge: 'Merge the two',
    mergeDoes: 'A step ticked on either side counts as done; both sides’ notes are kept. You can undo it.',
    use: 'Use this progress',
    useDoes: 'Saves the link’s ticks and notes as your progress. You can undo it.',
    ignore: 'No, thanks',
    ignoreDoes: 'Closes this and changes nothing.',
    viewing: (done: number, total: number) => `Looking at the link’s progress (${done}/${total}); yours is unchanged.`,
    backToMine: 'Back to my progress',
    mineNote: 'Mine: ',
    theirNote: 'Theirs: ',
    notesKept: (steps: number) =>
      `On ${steps === 1 ? 'one step' : `${steps} steps`} the two notes together were too long; your own was kept.`,
    unreadable:
      'This progress link is incomplete or damaged, so nothing in it was read. Your progress has not changed.',
    reminderTitle: 'This is the progress saved in your reminder',
    reminderCompare: (saved: number, here: number, total: number) =>
      `The reminder’s progress has ${saved} of ${total} steps done; this browser now has ${here}.`,
    reminderWhy:
      'Browsers sometimes clear what a site has saved: Safari does after seven days without a visit, and a new phone starts empty.',
    restore: 'Bring this progress back',
    restoreDoes: 'Adds back the reminder’s ticks and notes; everything this browser has now stays.',
  },
  stepLink: {
    shared: (step: string) => `Someone shared this step with you: ${step}`,
    reminder: (step: string) => `Your reminder is about this step: ${step}`,
  },
  qr: {
    label: 'QR code of the progress link',
    hint: 'Scan this code with another phone’s camera, or with WeChat, to open this progress there.',
    tooLong:
      'With the notes, the link is too long for a code a phone can read from a screen. Send it with Share or Copy link, or leave the notes out.',
  },
  reminder: {
    title: (step: string) => `Remind me: ${step}`,
    carries: (ticks: number, total: number) =>
      `The reminder carries your progress as it is now (${ticks} of ${total} ticked), so if the browser clears it, opening the reminder brings it back.`,
    days: 'Remind me in how many days',
    daysInvalid: (max: number) => `Enter a whole number of days from 1 to ${max}.`,
    hint: 'The reminder is a calendar file made on this device, never sent to any server. Open it to add it to your phone’s or computer’s calendar, which will remind you.',
    download: 'Download calendar file',
    share: 'Share to calendar',
    close: 'Close',
    when: (date: Date) =>
      `Reminder on ${date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })} at ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`,
    ifNothingDownloads: 'If nothing downloads (in WeChat, say), open this page in your phone’s browser and try again.',
    saved: 'Calendar file made: open the download to add it to your calendar.',
    shared: 'Calendar file shared',
    eventTitle: (step: string) => `Check on: ${step}`,
    eventBody: (detail: string, link: string, note: string | null) =>
      `${detail}\n\n${note === null ? '' : `My note: ${note}\n\n`}Back to this step in the checklist: ${link}`,
    fileName: 'sim-cancellation-reminder.ics',
  },
};
