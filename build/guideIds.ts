import type { Guide } from '../src/content/schema.ts';

/**
 * Every id of a guide with where it is, in page order (sections, their steps, the steps' parts),
 * as `sections[0].items[1].id "settle-bills"`.
 */
export function guideIds(guide: Guide): string[] {
  const at = (path: string, id: string) => `${path} "${id}"`;
  return guide.sections.flatMap((section, s) => [
    at(`sections[${s}].id`, section.id),
    ...section.items.flatMap((item, i) => [
      at(`sections[${s}].items[${i}].id`, item.id),
      ...(item.subItems ?? []).map((sub, j) => at(`sections[${s}].items[${i}].subItems[${j}].id`, sub.id)),
    ]),
  ]);
}

/** The first place where two guides' ids or their order differ: [the guide's, the reference's]. */
export function firstIdDifference(guide: Guide, reference: Guide): [string, string] | undefined {
  const ids = guideIds(guide);
  const expected = guideIds(reference);
  for (let n = 0; n < Math.max(ids.length, expected.length); n++) {
    if (ids[n] !== expected[n]) return [ids[n] ?? 'nothing', expected[n] ?? 'nothing'];
  }
  return undefined;
}
