import type { Plugin } from 'vite';
import { guideEn } from '../src/content/guide.en.ts';
import { guideZhCN } from '../src/content/guide.zh-CN.ts';
import { parseGuide, type Guide } from '../src/content/schema.ts';
import { guideShape } from '../src/content/shape.ts';
import { firstIdDifference } from './guideIds.ts';
import { messageOf } from './messageOf.ts';

/** Every guide by its file. */
export const GUIDES: Readonly<Record<string, unknown>> = {
  'src/content/guide.zh-CN.ts': guideZhCN,
  'src/content/guide.en.ts': guideEn,
};

/**
 * Checks each guide against the schema, and that it has the ids of `shape`, in order, and its
 * reminder (progress and links are by id, shared between languages). Throws naming the file and the
 * path of the first problem.
 */
export function checkGuides(guides: Readonly<Record<string, unknown>>, shape = guideShape): void {
  for (const [file, data] of Object.entries(guides)) {
    let guide: Guide;
    try {
      guide = parseGuide(data);
    } catch (error) {
      throw new Error(`${file}: ${messageOf(error)}`, { cause: error });
    }
    const difference = firstIdDifference(guide, shape);
    if (difference !== undefined) {
      const [found, expected] = difference;
      throw new Error(
        `${file}: has ${found} where src/content/shape.ts has ${expected} (every guide has its ids, in order)`,
      );
    }
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
