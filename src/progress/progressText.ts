import { stepsOf } from '../content/guide.ts';
import type { Guide } from '../content/schema.ts';
import { isStepDone, partsDone, stepDoneTime } from './selectors.ts';
import type { StoredProgress } from './restore.ts';

export interface ProgressTextWords {
  doneCount: (done: number, total: number) => string;
  doneAt: string;
  note: string;
  formatDoneTime: (iso: string) => string;
}

/** The checklist as plain text with ✓ and ☐, notes and completion times, to paste anywhere. */
export function progressText(
  guide: Guide,
  { done, notes }: StoredProgress,
  words: ProgressTextWords,
): string {
  const steps = stepsOf(guide);
  const doneSteps = steps.filter((item) => isStepDone(done, item)).length;
  const lines = [guide.title, words.doneCount(doneSteps, steps.length)];
  const mark = (isDone: boolean) => (isDone ? '✓' : '☐');
  const isTicked = (id: string) => Object.hasOwn(done, id);
  for (const section of guide.sections) {
    lines.push('', section.title);
    for (const item of section.items) {
      const time = stepDoneTime(done, item);
      const when = typeof time === 'string' ? `（${words.doneAt} ${words.formatDoneTime(time)}）` : '';
      const parts = item.subItems ? `（${partsDone(done, item)} / ${item.subItems.length}）` : '';
      lines.push(`${mark(time !== undefined)} ${item.title}${parts}${when}`);
      for (const part of item.subItems ?? []) lines.push(`    ${mark(isTicked(part.id))} ${part.title}`);
      const note = notes[item.id];
      if (note) lines.push(`    ${words.note}：${note}`);
    }
  }
  return lines.join('\n');
}
