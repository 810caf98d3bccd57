import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/locale.en.ts';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import type { StoredProgress } from '../../src/progress/stored.ts';
import { progressText } from '../../src/progress/progressText.ts';
import { STEP_COUNT, item, partsOf } from '../support/guide.ts';

const progress: StoredProgress = {
  done: { 'back-up-data': '2026-11-20T08:30:00.000Z', 'return-sim-card': null, 'settle-bills': null },
  notes: { 'contact-carrier': '工单号 A123' },
};
/** A fixed date format, so the test does not depend on the time zone it runs in. */
const formatDoneTime = (iso: string) => iso.slice(5, 10);

describe('the progress as plain text', () => {
  it('lists every step and part with ✓ or ☐, with times, counts and notes', () => {
    const { guide, strings } = zhCN;
    const title = (id: string) => item(id).title;
    const lines = progressText(guide, progress, { ...strings, formatDoneTime }).split('\n');
    expect(lines.slice(0, 2)).toEqual([guide.title, strings.doneCount(2, STEP_COUNT)]);
    expect(lines).toContain(`✓ ${title('back-up-data')}${strings.copyProgress.doneOn('11-20')}`);
    expect(lines).toContain(`✓ ${title('settle-bills')}`);
    expect(lines).toContain(`☐ ${title('contact-carrier')}`);
    expect(lines).toContain(`    ${strings.note.label + '工单号 A123'}`);
    expect(lines).toContain(
      `☐ ${title('complete-formalities')}${strings.copyProgress.parts(1, partsOf('complete-formalities').length)}`,
    );
    expect(lines).toContain(`    ✓ ${title('return-sim-card')}`);
    expect(lines).toContain(`    ☐ ${title('settle-final-bill')}`);
    expect(lines.filter((line) => /^[✓☐] /.test(line))).toHaveLength(STEP_COUNT);
    for (const section of guide.sections) expect(lines).toContain(section.title);
  });

  it('in English, uses English words and punctuation only (the note is the person’s own)', () => {
    const { guide, strings } = en;
    const title = (id: string) => item(id, 'en').title;
    const lines = progressText(guide, progress, { ...strings, formatDoneTime }).split('\n');
    expect(lines).toContain(`✓ ${title('back-up-data')}${strings.copyProgress.doneOn('11-20')}`);
    expect(lines).toContain(
      `☐ ${title('complete-formalities')}${strings.copyProgress.parts(1, partsOf('complete-formalities').length)}`,
    );
    expect(lines).toContain(`    ${strings.note.label + '工单号 A123'}`);
    const withoutNote = lines.filter((line) => !line.includes('工单号'));
    expect(withoutNote.join('\n')).not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
  });
});
