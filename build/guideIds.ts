import { idPlaces } from '../src/content/idPlaces.ts';
import type { Guide } from '../src/content/schema.ts';

/** Every id of a guide with where it is, in page order, as `sections[0].items[1].id "settle-bills"`. */
export const guideIds = (guide: Guide): string[] =>
  idPlaces(guide).map(
    ({ id, path }) =>
      `${path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
        .join('')
        .slice(1)} "${id}"`,
  );

/** The first place where two guides' ids or their order differ: [the guide's, the reference's]. */
export function firstIdDifference(guide: Guide, reference: Guide): [string, string] | undefined {
  const ids = guideIds(guide);
  const expected = guideIds(reference);
  for (let n = 0; n < Math.max(ids.length, expected.length); n++) {
    if (ids[n] !== expected[n]) return [ids[n] ?? 'nothing', expected[n] ?? 'nothing'];
  }
  return undefined;
}
