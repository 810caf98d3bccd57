import { useStrings } from '../locale/store.ts';
import type { GuideSection } from '../content/schema.ts';
import { sectionCountId } from '../links/domIds.ts';
import { useSectionDoneCount } from '../progress/selectors.ts';

export function SectionProgress({ section }: { section: GuideSection }) {
  const strings = useStrings();
  const done = useSectionDoneCount(section);
  const total = section.items.length;
  return (
    <p id={sectionCountId(section.id)} className="section__count">
      <span aria-hidden="true">{strings.fraction(done, total)}</span>
      <span className="visually-hidden">{strings.sectionCountLabel(done, total)}</span>
    </p>
  );
}
