import { useState } from 'react';
import { tickableIdsOf } from '../content/structure.ts';
import type { GuideItem } from '../content/schema.ts';
import { checkboxId, detailId, partsCountId, savedNoteId } from '../links/domIds.ts';
import { shareStep } from '../links/shareStep.ts';
import { useStrings } from '../locale/store.ts';
import { useCanTick, useDoneTime, useIsNext, useLooking, useNote, usePartsDone } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { PartList } from './PartList.tsx';
import { RemindButton } from './RemindButton.tsx';
import { onDemand } from './onDemand.tsx';
import { LoadsAlone } from './FailsAlone.tsx';

// Loaded when a note is first opened.
const NoteEditor = onDemand(() => import('./NoteEditor.tsx').then((m) => m.NoteEditor));

/**
 * One step: its box (for a step with parts, ticked when all are, mixed when some are), its
 * explanation, parts, done time and note, and behind 更多 its own actions: note, share, reminder.
 */
export function ChecklistItem({ item, targeted }: { item: GuideItem; targeted: boolean }) {
  const strings = useStrings();
  const doneTime = useDoneTime(item);
  const partsDone = usePartsDone(item);
  const note = useNote(item.id);
  const isNext = useIsNext(item.id);
  const looking = useLooking();
  const usable = useCanTick();
  const [actionsOpen, setActionsOpen] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const done = doneTime !== undefined;
  const mixed = partsDone > 0 && !done;
  const boxId = checkboxId(item.id);
  const describedBy = detailId(item.id);
  return (
    <li id={item.id} className={targeted ? 'item item--targeted' : 'item'} aria-current={isNext ? 'step' : undefined}>
      <input
        // Mixed is a property only: set whenever the box renders, once it is on the page.
        ref={
          item.subItems &&
          ((box) => {
            if (box) box.indeterminate = mixed;
          })
        }
        id={boxId}
        type="checkbox"
        // Stored progress decides the tick: Firefox would otherwise restore the previous ticks, and
        // enable the box, on reload, before the app has started.
        autoComplete="off"
        checked={done}
        disabled={!usable}
        onChange={(event) => useProgress.getState().setDone(tickableIdsOf(item), event.currentTarget.checked)}
        aria-describedby={describedBy}
      />
      <label htmlFor={boxId}>
        {item.title}
        {/* Seen, not read out: the box itself says "mixed", and each part has its own box. */}
        {item.subItems && (
          <span id={partsCountId(item.id)} className="item__parts" aria-hidden="true">
            {strings.fraction(partsDone, item.subItems.length)}
          </span>
        )}
      </label>
      <p id={describedBy} className="item__detail">
        {item.detail}
      </p>
      {item.more && (
        <details className="item__more">
          <summary>{item.more.summary}</summary>
          <p>{item.more.body}</p>
        </details>
      )}
      {item.subItems && <PartList parts={item.subItems} usable={usable} />}
      {/* The time shares the 更多 button's row, so showing it once progress is read shifts nothing. */}
      <button
        type="button"
        className="button button--quiet more-toggle item__more-toggle"
        aria-expanded={actionsOpen}
        onClick={() => setActionsOpen(!actionsOpen)}
        aria-label={strings.more.stepLabel(item.title)}
        autoComplete="off"
        disabled={looking}
      >
        {strings.more.button}
      </button>
      {typeof doneTime === 'string' && (
        <p className="item__done-at">
          <span className="visually-hidden">{strings.doneAt}</span>
          <time dateTime={doneTime}>{strings.formatDoneTime(doneTime)}</time>
        </p>
      )}
      {actionsOpen && (
        <div className="item__actions">
          <button
            type="button"
            className="button button--quiet note__toggle"
            aria-expanded={noteOpen}
            onClick={() => setNoteOpen(!noteOpen)}
            aria-label={strings.note.buttonLabel(item.title)}
          >
            {strings.note.button}
          </button>
          <button
            type="button"
            className="button button--quiet item__share"
            aria-label={strings.share.buttonLabel(item.title)}
            onClick={(event) => void shareStep(item, event.currentTarget)}
          >
            {strings.share.button}
          </button>
          <RemindButton item={item} strings={strings} />
        </div>
      )}
      {/* Shown from the first paint (src/early/), and printed; while the field is open, it shows the note. */}
      <p
        id={savedNoteId(item.id)}
        className={noteOpen ? 'note__saved note__saved--editing' : 'note__saved'}
        hidden={note === ''}
      >
        <span className="note__label">{strings.note.label}</span>
        <span>{note}</span>
      </p>
      {/* The field exists only while open: a long list stays light. */}
      {noteOpen && (
        <LoadsAlone>
          <NoteEditor item={item} saved={note} strings={strings} />
        </LoadsAlone>
      )}
    </li>
  );
}
