import type { GuideSection } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import { sectionCountId } from '../links/domIds.ts';

/** How many of the section's steps are done: seen as "N / M", read out in words. */
export function SectionProgress({ section, done, strings }: { section: GuideSection; done: number; strings: Strings }) {
  const total = section.items.length;
  return (
    <p id={sectionCountId(section.id)} className="section__count">
      <span aria-hidden="true">{strings.fraction(done, total)}</span>
      <span className="visually-hidden">{strings.sectionCountLabel(done, total)}</span>
    </p>
  );
}
