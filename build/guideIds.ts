import { idPlaces } from '../src/content/idPlaces.ts';
import type { SectionShape, StepShape } from '../src/content/structure.ts';

/** A guide, or its shape (src/content/shape.ts): its ids and the days after which a step offers a reminder. */
type Ids = {
  readonly sections: readonly SectionShape<StepShape & { readonly remindAfterDays?: number | undefined }>[];
};

/**
 * Every id of a guide with where it is, in page order, as `sections[0].items[1].id "settle-bills"`,
 * and the days after which a step offers a reminder, which is not text either: all languages share it.
 */
export const guideIds = (guide: Ids): string[] =>
  idPlaces(guide).map(({ id, path, step }) => {
    const place = path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
      .join('')
      .slice(1);
    const days = step?.remindAfterDays;
    return days === undefined ? `${place} "${id}"` : `${place} "${id}" (reminder after ${days} days)`;
  });

/** The first place where two guides' ids or their order differ: [the guide's, the reference's]. */
export function firstIdDifference(guide: Ids, reference: Ids): [string, string] | undefined {
  const ids = guideIds(guide);
  const expected = guideIds(reference);
  for (let n = 0; n < Math.max(ids.length, expected.length); n++) {
    if (ids[n] !== expected[n]) return [ids[n] ?? 'nothing', expected[n] ?? 'nothing'];
  }
  return undefined;
}
