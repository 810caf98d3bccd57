import type { GuideSection } from '../content/schema.ts';
import { sectionHeadingId } from '../links/domIds.ts';
import { ChecklistItem } from './ChecklistItem.tsx';
import { SectionProgress } from './SectionProgress.tsx';

interface Props {
  section: GuideSection;
  number: number;
  targetId: string | null;
}

export function GuideSectionView({ section, number, targetId }: Props) {
  const headingId = sectionHeadingId(section.id);
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId}>
          <span className="section__number" aria-hidden="true">
            {number}
          </span>
          {section.title}
        </h2>
        <SectionProgress section={section} />
      </div>
      <ol className="section__items">
        {section.items.map((item) => (
          <ChecklistItem key={item.id} item={item} targeted={item.id === targetId} />
        ))}
      </ol>
    </section>
  );
}
