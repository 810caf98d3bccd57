import { guideZhCN } from './guide.zh-CN.ts';
import { tickableIdsOf, type SectionShape, type StepShape } from './structure.ts';

/**
 * The guide's structure: its sections, steps, parts and ids, which every language shares (the
 * build checks it); the text shown comes from the current locale (src/locale/store.ts). The build
 * gives this module only the ids of the Chinese guide (build/guideStructure.ts), so that the
 * English page does not load the Chinese text to know them. The guides are checked against the
 * schema by the test suite and the build, so the schema (and zod) stay out of the page's JavaScript.
 */
const structure: { readonly sections: readonly SectionShape[] } = guideZhCN;

/** Every step of a guide, in page order. */
export const stepsOf = <Step>(shown: { readonly sections: readonly { readonly items: readonly Step[] }[] }) =>
  shown.sections.flatMap((section) => section.items);

export const allItems: readonly StepShape[] = stepsOf(structure);

/** Items a link can point to: every step. */
export const itemIds: ReadonlySet<string> = new Set(allItems.map((item) => item.id));

export const totalItems = allItems.length;

export const tickableIds: ReadonlySet<string> = new Set(allItems.flatMap(tickableIdsOf));
