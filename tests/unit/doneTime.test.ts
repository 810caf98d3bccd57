import { describe, expect, it } from 'vitest';
import { stringsEn } from '../../src/content/strings.en.ts';
import { stringsZhCN } from '../../src/content/strings.zh-CN.ts';
import { stepDoneTime } from '../../src/progress/derive.ts';

// A local time, so that the test does not depend on the time zone it runs in.
const TIME = '2026-12-04T17:45:00';
const MORNING = '2026-12-04T09:05:00';

describe('when a step was done, written as people write it', () => {
  it('in Chinese: month and day in words, a 24-hour clock', () => {
    expect(stringsZhCN.formatDoneTime(TIME)).toBe('12月4日 17:45');
  });

  it('in English: the month by name and a 12-hour clock without a leading zero', () => {
    expect(stringsEn.formatDoneTime(TIME)).toMatch(/^Dec 4, 5:45\sPM$/);
    expect(stringsEn.formatDoneTime(MORNING)).toMatch(/^Dec 4, 9:05\sAM$/);
  });
});

describe('when a step was done', () => {
  const step = { id: 'update-linked-accounts', subItems: [{ id: 'update-wechat' }, { id: 'update-alipay' }] };

  it('is when its last part was, and unknown if a part’s time is', () => {
    const done = { 'update-wechat': '2026-12-04T09:05:00.000Z', 'update-alipay': '2026-12-05T08:00:00.000Z' };
    expect(stepDoneTime(done, step)).toBe('2026-12-05T08:00:00.000Z');
    expect(stepDoneTime({ ...done, 'update-wechat': null }, step)).toBeNull();
  });

  it('is not, while a part is not done', () => {
    expect(stepDoneTime({ 'update-alipay': '2026-12-05T08:00:00.000Z' }, step)).toBeUndefined();
  });
});
