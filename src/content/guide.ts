import { guideZhCN } from './guide.zh-CN.ts';
import type { Guide, GuideItem } from './schema.ts';

/**
 * The guide the app shows. Its data is checked against the schema by the test suite and the build,
 * so the schema (and zod) stay out of the page's JavaScript.
 */
export const guide: Guide = guideZhCN;

export const allItems: readonly GuideItem[] = guide.sections.flatMap((section) => section.items);

export const itemIds: ReadonlySet<string> = new Set(allItems.map((item) => item.id));

export const totalItems = allItems.length;
