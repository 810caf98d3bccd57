import { guideShape } from './shape.ts';
import { tickableIdsOf, type StepShape } from './structure.ts';

// The guide's structure, which every language shares (shape.ts); the text shown comes from the
// current locale (src/locale/store.ts). The test suite and the build check the guides against the
// schema, so the schema (and zod) stay out of the page's JavaScript.

/** Every step of a guide, in page order. */
export const stepsOf = <Step>(shown: { readonly sections: readonly { readonly items: readonly Step[] }[] }) =>
  shown.sections.flatMap((section) => section.items);

export const allItems: readonly StepShape[] = stepsOf(guideShape);

/** Items a link can point to: every step. */
export const itemIds: ReadonlySet<string> = new Set(allItems.map((item) => item.id));

export const totalItems = allItems.length;

export const tickableIds: ReadonlySet<string> = new Set(allItems.flatMap(tickableIdsOf));
