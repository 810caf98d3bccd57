// The guide as tests meet it, read from src/content: ids are the contract (stored, linked to),
// titles and explanations are whatever the guide says in each language. Shared by unit,
// component and end-to-end tests.
import { guideEn } from '../../src/content/guide.en.ts';
import { allItems, stepsOf, totalItems } from '../../src/content/guide.ts';
import { guideZhCN } from '../../src/content/guide.zh-CN.ts';
import type { Lang } from '../../src/content/lang.ts';
import type { Guide, GuideItem, GuideSection } from '../../src/content/schema.ts';

/** A step or a part of one: its id, and its title in one language (the name of its checkbox). */
export interface Entry {
  readonly id: string;
  readonly title: string;
}

const GUIDES: Readonly<Record<Lang, Guide>> = { 'zh-CN': guideZhCN, en: guideEn };

/** The guide in `lang`. */
export const guideIn = (lang: Lang): Guide => GUIDES[lang];

/** The step with this id, in `lang` (Chinese unless said): its title, explanation and parts. */
export function step(id: string, lang: Lang = 'zh-CN'): GuideItem {
  const found = stepsOf(guideIn(lang)).find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`The guide has no step "${id}".`);
  return found;
}

/** The step or part with this id, in `lang` (Chinese unless said). */
export function item(id: string, lang: Lang = 'zh-CN'): Entry {
  for (const candidate of stepsOf(guideIn(lang))) {
    if (candidate.id === id) return { id, title: candidate.title };
    const part = candidate.subItems?.find((sub) => sub.id === id);
    if (part !== undefined) return { id, title: part.title };
  }
  throw new Error(`The guide has no step or part "${id}".`);
}

/** The parts of the step with this id, in `lang` (Chinese unless said). */
export function partsOf(id: string, lang: Lang = 'zh-CN'): readonly Entry[] {
  const { subItems } = step(id, lang);
  if (subItems === undefined) throw new Error(`The step "${id}" has no parts.`);
  return subItems;
}

/** The section with this id, in `lang` (Chinese unless said). */
export function section(id: string, lang: Lang = 'zh-CN'): GuideSection {
  const found = guideIn(lang).sections.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`The guide has no section "${id}".`);
  return found;
}

/** The steps, which the summary counts ("N / 12"). */
export const STEP_COUNT = totalItems;
/** Steps with parts (documents to bring, accounts to update) have a box for each part too. */
export const PART_COUNT = allItems.flatMap((candidate) => candidate.subItems ?? []).length;
export const CHECKBOX_COUNT = STEP_COUNT + PART_COUNT;
