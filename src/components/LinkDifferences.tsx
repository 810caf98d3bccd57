import type { GuideItem } from '../content/schema.ts';
import { stepsOf } from '../content/guide.ts';
import { tickableIdsOf } from '../content/structure.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { useGuide } from '../locale/store.ts';
import { partsDone } from '../progress/derive.ts';
import type { DoneMap, StoredProgress } from '../progress/stored.ts';

interface Props {
  incoming: StoredProgress;
  ownDone: DoneMap;
  reminder: boolean;
}

/** Where a link's progress and one's own differ, step by step (partly done ones too), and the notes it holds. */
export function LinkDifferences({ incoming, ownDone, reminder }: Props) {
  const text = useOnDemandStrings().progressLink;
  const differing = stepsOf(useGuide()).filter((step) => partsDone(incoming.done, step) !== partsDone(ownDone, step));
  const side = (done: DoneMap, step: GuideItem) => ({ done: partsDone(done, step), total: tickableIdsOf(step).length });
  return (
    <>
      {differing.length === 0 ? (
        <p>{text.same}</p>
      ) : (
        // One tap away, so that a long list does not push the choices off a phone's screen.
        <details className="dialog__differences">
          <summary>{text.differ(differing.length)}</summary>
          <ul className="dialog__list">
            {differing.map((step) => (
              <li key={step.id}>
                {text.differs(step.title, side(incoming.done, step), side(ownDone, step), reminder)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="dialog__notes">{text.notesInLink(Object.keys(incoming.notes).length)}</p>
    </>
  );
}
