import { memo } from 'react';
import { tickableIdsOf } from '../content/structure.ts';
import type { GuideItem } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import { checkboxId, detailId, partsCountId, savedNoteId } from '../links/domIds.ts';
import { useProgress } from '../progress/store.ts';
import { PartList } from './PartList.tsx';
import { RemindButton } from './RemindButton.tsx';
import { onDemand } from './onDemand.tsx';
import { LoadsAlone } from './FailsAlone.tsx';
import { ACTIONS_BUTTON_CLASSES, NOTE_BUTTON_CLASSES, SHARE_BUTTON_CLASSES } from './stepButtons.ts';

// Loaded when a note is first opened.
const NoteEditor = onDemand(() => import('./NoteEditor.tsx').then((m) => m.NoteEditor));

interface Props {
  item: GuideItem;
  /** When the step was done, as the page shows it (`useSectionSteps`): undefined if it is not. */
  doneTime: string | null | undefined;
  /** How many of the step's tickable ids are done: itself, or its parts. */
  partsDone: number;
  note: string;
  noteOpen: boolean;
  /** Whether the step's own actions (note, share, reminder) are shown. */
  actionsOpen: boolean;
  targeted: boolean;
  /** The first step not yet done, marked as the current one once the app has started. */
  isNext: boolean;
  /** The page shows someone else's progress: the step's own actions wait until it is one's own again. */
  looking: boolean;
  /** The boxes show the stored ticks and take new ones: from before the app starts, if the page could. */
  usable: boolean;
  /** Passed down rather than subscribed to: a thousand items need not each watch the language. */
  strings: Strings;
}

/**
 * One step: its checkbox (named by its title, described by its explanation; for a step with parts,
 * ticked when all are, mixed when some are, and ticking it ticks them all), the explanation, its
 * parts, when it was done, its note, and behind one quiet 更多 its own actions: note, share and a
 * reminder. Its progress comes from its section, and it keeps no state: a long list renders a
 * thousand. The clicks of its 更多, share and note buttons are handled by the section
 * (`onStepButtonClick`).
 */
export const ChecklistItem = memo(function ChecklistItem({
  item,
  doneTime,
  partsDone,
  note,
  noteOpen,
  actionsOpen,
  targeted,
  isNext,
  looking,
  usable,
  strings,
}: Props) {
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
        {item.subItems ? (
          <>
            {item.title}
            {/* Seen, not read out: the box itself says "mixed", and each part has its own box. */}
            <span id={partsCountId(item.id)} className="item__parts" aria-hidden="true">
              {strings.fraction(partsDone, item.subItems.length)}
            </span>
          </>
        ) : (
          item.title
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
        className={ACTIONS_BUTTON_CLASSES}
        aria-expanded={actionsOpen}
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
            className={NOTE_BUTTON_CLASSES}
            aria-expanded={noteOpen}
            aria-label={strings.note.buttonLabel(item.title)}
          >
            {strings.note.button}
          </button>
          <button type="button" className={SHARE_BUTTON_CLASSES} aria-label={strings.share.buttonLabel(item.title)}>
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
});
