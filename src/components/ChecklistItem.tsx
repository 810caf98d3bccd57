import { memo, useCallback, useState } from 'react';
import type { GuideItem } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import { detailId } from '../links/domIds.ts';
import { shareStep } from '../links/shareStep.ts';
import { useStepDoneTime, useStepNote } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { Checkbox, PartsCheckbox } from './Checkbox.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { PartList } from './PartList.tsx';

interface Props {
  item: GuideItem;
  targeted: boolean;
  /** The first step not yet done, marked as the current one. */
  isNext: boolean;
  /** False until the app has started. */
  ready: boolean;
  /** The boxes show the stored ticks and take new ones: from before the app starts, if the page could. */
  usable: boolean;
  /** Passed down rather than subscribed to: a thousand items need not each watch the language. */
  strings: Strings;
}

/**
 * One step: its checkbox, the explanation, its parts, its share and note buttons with when it was
 * done, and the note. Kept to few elements and components, as a long list renders a thousand.
 */
export const ChecklistItem = memo(function ChecklistItem({ item, targeted, isNext, ready, usable, strings }: Props) {
  const doneTime = useStepDoneTime(item);
  const note = useStepNote(item);
  const [noteOpen, setNoteOpen] = useState(note !== '');
  // The note as this step last showed or saved it. A note that arrives or changes otherwise (from
  // storage, an undo, another tab) opens, so it is seen; the person can still close it.
  const [seenNote, setSeenNote] = useState(note);
  if (note !== seenNote) {
    setSeenNote(note);
    if (note !== '') setNoteOpen(true);
  }
  const saveNote = useCallback(
    (text: string) => {
      setSeenNote(text);
      useProgress.getState().setNote(item.id, text);
    },
    [item.id],
  );
  const done = doneTime !== undefined;
  const classes = ['item', targeted && 'item--targeted'].filter(Boolean);
  return (
    <li id={item.id} className={classes.join(' ')} aria-current={isNext && ready ? 'step' : undefined}>
      {item.subItems ? (
        <PartsCheckbox item={item} usable={usable} strings={strings} />
      ) : (
        <Checkbox item={item} usable={usable} strings={strings} partsDone={done ? 1 : 0} />
      )}
      <p id={detailId(item.id)} className="item__detail">
        {item.detail}
      </p>
      {item.subItems && <PartList parts={item.subItems} usable={usable} />}
      {/* The time shares the note button's row, so showing it once progress is read shifts nothing. */}
      <div className="item__actions">
        <button
          type="button"
          className="button button--quiet item__share"
          aria-label={strings.share.buttonLabel(item.title)}
          autoComplete="off"
          disabled={!ready}
          onClick={(event) => void shareStep(item, event.currentTarget)}
        >
          {strings.share.button}
        </button>
        <button
          type="button"
          className="button button--quiet note__toggle"
          aria-expanded={noteOpen}
          aria-label={strings.note.buttonLabel(item.title)}
          autoComplete="off"
          disabled={!ready}
          onClick={() => setNoteOpen(!noteOpen)}
        >
          {strings.note.button}
        </button>
        {typeof doneTime === 'string' && (
          <p className="item__done-at">
            <span className="visually-hidden">{strings.doneAt}</span>
            <time dateTime={doneTime}>{strings.formatDoneTime(doneTime)}</time>
          </p>
        )}
      </div>
      {/* The field exists only while open: a long list stays light. */}
      {noteOpen && <NoteEditor item={item} saved={note} save={saveNote} ready={ready} strings={strings} />}
      {note !== '' && <p className="note__print">{strings.note.line(note)}</p>}
    </li>
  );
});
