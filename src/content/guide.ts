import { guideZhCN } from './guide.zh-CN.ts';
import type { Guide, GuideItem } from './schema.ts';
import { checkIds } from './structure.ts';

/**
 * The guide's structure: its steps, parts and ids, which every language shares (the schema test
 * proves it); the text shown comes from the current locale (src/locale/store.ts). The data is checked against
 * the schema by the test suite and the build, so the schema (and zod) stay out of the page's
 * JavaScript.
 */
export const guide: Guide = guideZhCN;

/** Every step of a guide, in page order. */
export const stepsOf = (shown: Guide): readonly GuideItem[] => shown.sections.flatMap((section) => section.items);

export const allItems = stepsOf(guide);

/** Items a link can point to: every step. */
export const itemIds: ReadonlySet<string> = new Set(allItems.map((item) => item.id));

export const totalItems = allItems.length;

export const tickableIds: ReadonlySet<string> = new Set(allItems.flatMap(checkIds));
