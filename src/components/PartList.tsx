import type { GuideSubItem } from '../content/schema.ts';
import { checkboxId } from '../links/domIds.ts';
import { useIsDone } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';

function Part({ part, usable }: { part: GuideSubItem; usable: boolean }) {
  const done = useIsDone(part.id);
  return (
    <li className="part">
      <input
        id={checkboxId(part.id)}
        className="part__box"
        type="checkbox"
        // As the step's box (ChecklistItem.tsx): stored progress decides, not the browser's memory.
        autoComplete="off"
        checked={done}
        disabled={!usable}
        onChange={(event) => useProgress.getState().setDone([part.id], event.currentTarget.checked)}
      />
      <label htmlFor={checkboxId(part.id)}>{part.title}</label>
    </li>
  );
}

/** The parts of a step (documents to bring, accounts to update), each ticked on its own. */
export function PartList({ parts, usable }: { parts: readonly GuideSubItem[]; usable: boolean }) {
  return (
    <ul className="item__parts-list">
      {parts.map((part) => (
        <Part key={part.id} part={part} usable={usable} />
      ))}
    </ul>
  );
}
