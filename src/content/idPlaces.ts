import type { SectionShape, StepShape } from './structure.ts';

export interface IdPlace<Step> {
  id: string;
  /** Where the id is, e.g. `['sections', 0, 'items', 1, 'id']`. */
  path: (string | number)[];
  /** The step, where the id is a step's. */
  step?: Step;
}

/** Every id of a guide with where it is, in page order: sections, their steps, the steps' parts. */
export function idPlaces<Step extends StepShape>(guide: { sections: readonly SectionShape<Step>[] }): IdPlace<Step>[] {
  return guide.sections.flatMap((section, s) => [
    { id: section.id, path: ['sections', s, 'id'] },
    ...section.items.flatMap((item, i) => [
      { id: item.id, path: ['sections', s, 'items', i, 'id'], step: item },
      ...(item.subItems ?? []).map((sub, j) => ({
        id: sub.id,
        path: ['sections', s, 'items', i, 'subItems', j, 'id'],
      })),
    ]),
  ]);
}
