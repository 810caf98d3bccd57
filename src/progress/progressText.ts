import { stepsOf } from '../content/guide.ts';
import type { Guide } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import type { StoredProgress } from './stored.ts';
import { isStepDone, partsDone, stepDoneTime } from './derive.ts';

/** The checklist as plain text with ✓ and ☐, notes and completion times, to paste anywhere. */
export function progressText(guide: Guide, { done, notes }: StoredProgress, strings: Strings): string {
  const steps = stepsOf(guide);
  const doneSteps = steps.filter((item) => isStepDone(done, item)).length;
  const lines = [guide.title, strings.doneCount(doneSteps, steps.length)];
  const mark = (isDone: boolean) => (isDone ? '✓' : '☐');
  for (const section of guide.sections) {
    lines.push('', section.title);
    for (const item of section.items) {
      const time = stepDoneTime(done, item);
      const when = typeof time === 'string' ? strings.copyProgress.doneOn(strings.formatDoneTime(time)) : '';
      const parts = item.subItems ? strings.copyProgress.parts(partsDone(done, item), item.subItems.length) : '';
      lines.push(`${mark(time !== undefined)} ${item.title}${parts}${when}`);
      for (const part of item.subItems ?? []) lines.push(`    ${mark(Object.hasOwn(done, part.id))} ${part.title}`);
      const note = notes[item.id];
      if (note) lines.push(`    ${strings.note.label}${note}`);
    }
  }
  return lines.join('\n');
}
