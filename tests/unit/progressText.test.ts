import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/locale.en.ts';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import type { StoredProgress } from '../../src/progress/restore.ts';
import { progressText } from '../../src/progress/progressText.ts';

const progress: StoredProgress = {
  done: { 'back-up-data': '2026-11-20T08:30:00.000Z', 'bring-id-original': null, 'settle-bills': null },
  notes: { 'contact-carrier': '工单号 A123' },
};
/** A fixed date format, so the test does not depend on the time zone it runs in. */
const formatDoneTime = (iso: string) => iso.slice(5, 10);

describe('the progress as plain text', () => {
  it('lists every step and part with ✓ or ☐, with times, counts and notes', () => {
    const { guide, strings } = zhCN;
    const lines = progressText(guide, progress, { ...strings, formatDoneTime }).split('\n');
    expect(lines.slice(0, 2)).toEqual(['注销 TM 卡保号卡：分步清单', '已完成 2 / 12']);
    expect(lines).toContain('✓ 备份手机里的重要资料（完成于 11-20）');
    expect(lines).toContain('✓ 结清所有欠费');
    expect(lines).toContain('☐ 联系运营商客服');
    expect(lines).toContain('    备注：工单号 A123');
    expect(lines).toContain('☐ 提交注销申请（1 / 2）');
    expect(lines).toContain('    ✓ 身份证原件');
    expect(lines).toContain('    ☐ 身份证复印件');
    expect(lines.filter((line) => /^[✓☐] /.test(line))).toHaveLength(12);
    for (const section of guide.sections) expect(lines).toContain(section.title);
  });

  it('in English, uses English words and punctuation only (the note is the person’s own)', () => {
    const { guide, strings } = en;
    const lines = progressText(guide, progress, { ...strings, formatDoneTime }).split('\n');
    expect(lines).toContain('✓ Back up what matters on your phone (done on 11-20)');
    expect(lines).toContain('☐ Submit the cancellation request (1 / 2)');
    expect(lines).toContain('    Note: 工单号 A123');
    const withoutNote = lines.filter((line) => !line.includes('工单号'));
    expect(withoutNote.join('\n')).not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
  });
});
