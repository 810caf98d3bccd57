import type { Counts } from './counts.ts';

export const counts: Counts = {
  fraction: (done, total) => `${done} / ${total}`,
  doneCount: (done, total) => `${done} of ${total} done`,
  sectionCountLabel: (done, total) => `${done} of ${total} done in this part`,
};
