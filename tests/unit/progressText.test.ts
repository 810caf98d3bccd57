import { describe, expect, it } from 'vitest';
import { guide } from '../../src/content/guide.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { progressText } from '../../src/progress/progressText.ts';

const words = {
  doneCount: strings.doneCount,
  doneAt: strings.doneAt,
  note: '备注',
  formatDoneTime: (iso: string) => iso.slice(5, 10),
};

describe('the progress as plain text', () => {
  it('lists every step and part with ✓ or ☐, with times, counts and notes', () => {
    const text = progressText(
      guide,
      {
        done: { 'back-up-data': '2026-11-20T08:30:00.000Z', 'bring-id-original': null, 'settle-bills': null },
        notes: { 'contact-carrier': '工单号 A123' },
      },
      words,
    );
    const lines = text.split('\n');
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
});
