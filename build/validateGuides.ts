import { deepStrictEqual } from 'node:assert/strict';
import type { Plugin } from 'vite';
import { guideEn } from '../src/content/guide.en.ts';
import { guideZhCN } from '../src/content/guide.zh-CN.ts';
import { parseGuide, type Guide } from '../src/content/schema.ts';
import { guideShape } from '../src/content/shape.ts';
import { firstIdDifference } from './guideIds.ts';
import { messageOf } from './messageOf.ts';

/** Every guide by its file; the first is the one the others must match id for id. */
export const GUIDES: Readonly<Record<string, unknown>> = {
  'src/content/guide.zh-CN.ts': guideZhCN,
  'src/content/guide.en.ts': guideEn,
};

/** A guide's sections, steps and parts by id, without a word of its text. */
const shapeOf = ({ sections }: Guide): typeof guideShape => ({
  sections: sections.map(({ id, items }) => ({
    id,
    items: items.map((step) => ({
      id: step.id,
      ...(step.subItems && { subItems: step.subItems.map((part) => ({ id: part.id })) }),
    })),
  })),
});

/**
 * Checks each guide against the schema, and that all have the same ids in the same order, those
 * of `shape` (progress and links are by id, and shared between languages). Throws naming the file
 * and the path of the first problem.
 */
export function checkGuides(guides: Readonly<Record<string, unknown>>, shape = guideShape): void {
  const parsed = Object.entries(guides).map(([file, data]): [string, Guide] => {
    try {
      return [file, parseGuide(data)];
    } catch (error) {
      throw new Error(`${file}: ${messageOf(error)}`, { cause: error });
    }
  });
  const [first, ...others] = parsed;
  if (first === undefined) throw new Error('validate-guides: no guide to check');
  const [referenceFile, reference] = first;
  for (const [file, guide] of others) {
    const difference = firstIdDifference(guide, reference);
    if (difference !== undefined) {
      const [found, expected] = difference;
      throw new Error(
        `${file}: has ${found} where ${referenceFile} has ${expected} (the guides share their ids, in order)`,
      );
    }
  }
  try {
    deepStrictEqual(shapeOf(reference), shape);
  } catch (error) {
    const differs = `differs from the shape of ${referenceFile} (+ the guide, - shape.ts)`;
    throw new Error(`src/content/shape.ts: ${differs}: ${messageOf(error)}`, { cause: error });
  }
}

/** Fails the dev server's start and every build with a readable message when a guide is broken. */
export function validateGuides(): Plugin {
  return {
    name: 'validate-guides',
    buildStart() {
      checkGuides(GUIDES);
    },
  };
}
