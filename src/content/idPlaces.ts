interface GuideIds {
  sections: readonly {
    id: string;
    items: readonly { id: string; subItems?: readonly { id: string }[] | undefined }[];
  }[];
}

export interface IdPlace {
  id: string;
  /** Where the id is, e.g. `['sections', 0, 'items', 1, 'id']`. */
  path: (string | number)[];
}

/** Every id of a guide with where it is, in page order: sections, their steps, the steps' parts. */
export function idPlaces(guide: GuideIds): IdPlace[] {
  return guide.sections.flatMap((section, s) => [
    { id: section.id, path: ['sections', s, 'id'] },
    ...section.items.flatMap((item, i) => [
      { id: item.id, path: ['sections', s, 'items', i, 'id'] },
      ...(item.subItems ?? []).map((sub, j) => ({
        id: sub.id,
        path: ['sections', s, 'items', i, 'subItems', j, 'id'],
      })),
    ]),
  ]);
}
