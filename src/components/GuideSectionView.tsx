import { useCallback, useState } from 'react';
import type { GuideSection } from '../content/schema.ts';
import { sectionHeadingId } from '../links/domIds.ts';
import { useStrings } from '../locale/store.ts';
import { useCanTick, useIsReady, useLooking, useSectionSteps } from '../progress/selectors.ts';
import { ChecklistItem } from './ChecklistItem.tsx';
import { SectionProgress } from './SectionProgress.tsx';
import { onStepButtonClick } from './stepButtons.ts';

interface Props {
  section: GuideSection;
  number: number;
  targetId: string | null;
}

export function GuideSectionView({ section, number, targetId }: Props) {
  const headingId = sectionHeadingId(section.id);
  // The next step is marked once the app has started, as the early script does not mark it.
  const ready = useIsReady();
  const looking = useLooking();
  const usable = useCanTick();
  const strings = useStrings();
  const steps = useSectionSteps(section);
  // Which notes' fields the person has opened; a saved note shows without one (ChecklistItem.tsx).
  const [openNotes, setOpenNotes] = useState<Readonly<Record<string, boolean>>>({});
  const toggleNote = useCallback((id: string) => setOpenNotes((open) => ({ ...open, [id]: !open[id] })), []);
  // Which steps' own actions the person has opened.
  const [openActions, setOpenActions] = useState<Readonly<Record<string, boolean>>>({});
  const toggleActions = useCallback((id: string) => setOpenActions((open) => ({ ...open, [id]: !open[id] })), []);
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId}>
          <span className="section__number" aria-hidden="true">
            {number}
          </span>
          {section.title}
        </h2>
        <SectionProgress section={section} done={steps.doneCount} strings={strings} />
      </div>
      <ol className="section__items" onClick={onStepButtonClick(section, toggleActions, toggleNote)}>
        {section.items.map((item, index) => (
          <ChecklistItem
            key={item.id}
            item={item}
            doneTime={steps.doneTimes[index]}
            partsDone={steps.partsDone[index] ?? 0}
            note={steps.notes[index] ?? ''}
            noteOpen={openNotes[item.id] === true}
            actionsOpen={openActions[item.id] === true}
            targeted={item.id === targetId}
            isNext={ready && item.id === steps.nextId}
            looking={looking}
            usable={usable}
            strings={strings}
          />
        ))}
      </ol>
    </section>
  );
}
