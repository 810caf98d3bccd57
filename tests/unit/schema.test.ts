import { describe, expect, it } from 'vitest';
import { guideIds } from '../../build/guideIds.ts';
import { guideEn } from '../../src/content/guide.en.ts';
import { guideZhCN } from '../../src/content/guide.zh-CN.ts';
import { parseGuide, type Guide } from '../../src/content/schema.ts';

const clone = (): Guide => structuredClone(guideZhCN);

function at<T>(list: T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`the guide has no entry ${index}`);
  return value;
}
const sectionOf = (guide: Guide, s: number) => at(guide.sections, s);
const itemOf = (guide: Guide, s: number, i: number) => at(sectionOf(guide, s).items, i);

describe('the guide content', () => {
  it('passes its schema', () => {
    expect(() => parseGuide(guideZhCN)).not.toThrow();
  });

  it('walks through precautions, steps and after-care: 4 + 6 + 3 items', () => {
    const guide = parseGuide(guideZhCN);
    expect(guide.sections.map((section) => [section.id, section.items.length])).toEqual([
      ['before-you-start', 4],
      ['cancellation-steps', 6],
      ['after-cancellation', 3],
    ]);
  });

  it('carries no links, images or advertising from the source text', () => {
    const text = JSON.stringify(guideZhCN);
    expect(text).not.toMatch(/https?:|t\.me|@esim|telegram|TG|!\[|<img/i);
  });
});

describe('the English guide', () => {
  it('passes the schema', () => {
    expect(() => parseGuide(guideEn)).not.toThrow();
  });

  it('has exactly the same ids and structure as the Chinese guide, so progress is shared', () => {
    expect(guideIds(parseGuide(guideEn))).toEqual(guideIds(parseGuide(guideZhCN)));
  });

  it('is in English, and different text from the Chinese', () => {
    expect(JSON.stringify(guideEn)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(guideEn.sections[0]?.items[0]?.title).not.toBe(guideZhCN.sections[0]?.items[0]?.title);
  });
});

describe('a broken guide', () => {
  it('with a duplicate id fails, naming where the repeat is', () => {
    const guide = clone();
    itemOf(guide, 2, 0).id = 'submit-request';
    expect(() => parseGuide(guide)).toThrow(
      /id "submit-request" 重复[\s\S]*at sections\[2\]\.items\[0\]\.id|at sections\[2\]\.items\[0\]\.id[\s\S]*submit-request/,
    );
  });

  it('with a section id reused by an item fails too', () => {
    const guide = clone();
    itemOf(guide, 0, 1).id = 'after-cancellation';
    expect(() => parseGuide(guide)).toThrow(/sections\[2\]\.id/);
  });

  it('with an empty title fails, naming the title', () => {
    const guide = clone();
    itemOf(guide, 1, 3).title = '   ';
    expect(() => parseGuide(guide)).toThrow(/不能为空[\s\S]*at sections\[1\]\.items\[3\]\.title/);
  });

  it.each([
    ['Submit-Request', 'kebab-case'],
    ['submit_request', 'kebab-case'],
    ['提交申请', 'kebab-case'],
    ['-submit', 'kebab-case'],
    ['submit--request', 'kebab-case'],
    ['ui-account', '保留的前缀'],
    ['a'.repeat(41), '最长 40'],
  ])('with the id %j fails (%s)', (id, reason) => {
    const guide = clone();
    itemOf(guide, 0, 0).id = id;
    expect(() => parseGuide(guide)).toThrow(new RegExp(`${reason}[\\s\\S]*at sections\\[0\\]\\.items\\[0\\]\\.id`));
  });

  it('with a section that has no items fails', () => {
    const guide = clone();
    sectionOf(guide, 1).items = [];
    expect(() => parseGuide(guide)).toThrow(/至少要有一项[\s\S]*at sections\[1\]\.items/);
  });

  it('with an unexpected field fails instead of silently ignoring it', () => {
    const guide = { ...clone(), banner: 'ad' };
    expect(() => parseGuide(guide)).toThrow(/banner/);
  });
});
