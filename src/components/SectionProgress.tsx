import type { GuideSection } from '../content/schema.ts';
import { sectionCountId } from '../links/domIds.ts';
import { useStrings } from '../locale/store.ts';
import { useDoneCount } from '../progress/selectors.ts';

/** How many of the section's steps are done: seen as "N / M", read out in words. */
export function SectionProgress({ section }: { section: GuideSection }) {
  const strings = useStrings();
  const done = useDoneCount(section.items);
  const total = section.items.length;
  return (
    <p id={sectionCountId(section.id)} className="section__count">
      <span aria-hidden="true">{strings.fraction(done, total)}</span>
      <span className="visually-hidden">{strings.sectionCountLabel(done, total)}</span>
    </p>
  );
}
