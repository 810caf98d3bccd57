import type { Counts } from './counts.ts';

export const counts: Counts = {
  fraction: (done, total) => `${done} / ${total}`,
  doneCount: (done, total) => `已完成 ${done} / ${total}`,
  sectionCountLabel: (done, total) => `本部分已完成 ${done} 项，共 ${total} 项`,
};
