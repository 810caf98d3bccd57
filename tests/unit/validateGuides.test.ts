import { describe, expect, it } from 'vitest';
import { GUIDES, checkGuides } from '../../build/validateGuides.ts';
import { guideEn } from '../../src/content/guide.en.ts';
import { guideZhCN } from '../../src/content/guide.zh-CN.ts';
import type { Guide } from '../../src/content/schema.ts';
import { guideShape } from '../../src/content/shape.ts';

/** The guides as the build checks them, with the English one changed by `change`. */
function withEnglish(change: (guide: Guide) => void): Record<string, unknown> {
  const english = structuredClone(guideEn);
  change(english);
  return { 'src/content/guide.zh-CN.ts': guideZhCN, 'src/content/guide.en.ts': english };
}

function section(guide: Guide, index: number) {
  const found = guide.sections[index];
  if (found === undefined) throw new Error(`the guide has no section ${index}`);
  return found;
}

describe('the guide check made at the start of every build and of the dev server', () => {
  it('passes the guides as they are', () => {
    expect(() => checkGuides(GUIDES)).not.toThrow();
  });

  it('fails on a guide that breaks the schema, naming its file and the path of the problem', () => {
    const guides = withEnglish((guide) => {
      section(guide, 1).id = 'Cancellation_Steps';
    });
    expect(() => checkGuides(guides)).toThrow(
      /^src\/content\/guide\.en\.ts: [\s\S]*kebab-case[\s\S]*at sections\[1\]\.id/,
    );
  });

  it('fails when a guide does not have the same ids in the same order, naming where it parts', () => {
    const guides = withEnglish((guide) => section(guide, 0).items.reverse());
    expect(() => checkGuides(guides)).toThrow(
      /^src\/content\/guide\.en\.ts: has sections\[0\]\.items\[0\]\.id "choose-channel" where src\/content\/shape\.ts has sections\[0\]\.items\[0\]\.id "move-accounts-first"/,
    );
  });

  it('fails when a guide lacks a step', () => {
    const guides = withEnglish((guide) => section(guide, 2).items.pop());
    expect(() => checkGuides(guides)).toThrow(
      /^src\/content\/guide\.en\.ts: has nothing where src\/content\/shape\.ts has sections\[2\]\.items\[2\]\.id/,
    );
  });

  it('fails when a guide offers its reminder on another step or after other days', () => {
    const guides = withEnglish((guide) => {
      for (const step of section(guide, 1).items) delete step.remindAfterDays;
    });
    expect(() => checkGuides(guides)).toThrow(
      /^src\/content\/guide\.en\.ts: has sections\[1\]\.items\[\d\]\.id "wait-for-review" where src\/content\/shape\.ts has sections\[1\]\.items\[\d\]\.id "wait-for-review" \(reminder after 3 days\)/,
    );
  });

  it('fails when the shape the page is built from lacks a step the guides have, showing where', () => {
    const sections = guideShape.sections.map((part, n) =>
      n === 2 ? { ...part, items: part.items.slice(0, -1) } : part,
    );
    const shape = { sections };
    expect(() => checkGuides(GUIDES, shape)).toThrow(
      /^src\/content\/guide\.zh-CN\.ts: has sections\[2\]\.items\[2\]\.id "keep-records" where src\/content\/shape\.ts has nothing/,
    );
  });
});
