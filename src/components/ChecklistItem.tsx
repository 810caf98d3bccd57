import { memo, useState } from 'react';
import type { Strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { detailId } from '../links/domIds.ts';
import { shareStep } from '../links/shareStep.ts';
import { useStepView } from '../progress/selectors.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { PartList } from './PartList.tsx';
import { Checkbox, PartsCheckbox } from './Checkbox.tsx';

interface Props {
  item: GuideItem;
  targeted: boolean;
  /** False until stored progress has been applied. */
  ready: boolean;
  /** Passed down rather than subscribed to: a thousand items need not each watch the language. */
  strings: Strings;
}

/**
 * One step: its checkbox, the explanation, its parts, its share and note buttons with when it was
 * done, and the note. Kept to few elements and components, as a long list renders a thousand.
 */
export const ChecklistItem = memo(function ChecklistItem({ item, targeted, ready, strings }: Props) {
  const { doneTime, isNext, note } = useStepView(item);
  const [noteOpen, setNoteOpen] = useState(false);
  // A note arriving (from storage, an undo, another tab) opens it, and it stays open while edited.
  if (note !== '' && !noteOpen) setNoteOpen(true);
  const done = doneTime !== undefined;
  const classes = ['item', done && 'item--done', targeted && 'item--targeted'].filter(Boolean);

  return (
    <li id={item.id} className={classes.join(' ')} aria-current={isNext && ready ? 'step' : undefined}>
      {item.subItems ? (
        <PartsCheckbox item={item} ready={ready} strings={strings} />
      ) : (
        <Checkbox item={item} ready={ready} strings={strings} partsDone={done ? 1 : 0} />
      )}
      <p id={detailId(item.id)} className="item__detail">
        {item.detail}
      </p>
      {item.subItems && <PartList parts={item.subItems} ready={ready} />}
      {/* The time shares the note button's row, so showing it once progress is read shifts nothing. */}
      <div className="item__actions">
        <button
          type="button"
          className="button button--quiet item__share"
          aria-label={strings.share.buttonLabel(item.title)}
          disabled={!ready}
          onClick={(event) => void shareStep(item, event.currentTarget)}
        >
          {strings.share.button}
        </button>
        <button
          type="button"
          className="button button--quiet note__toggle"
          aria-expanded={noteOpen}
          aria-label={strings.note.toggle(item.title)}
          disabled={!ready}
          onClick={() => setNoteOpen(!noteOpen)}
        >
          {strings.note.summary}
        </button>
        {typeof doneTime === 'string' && (
          <p className="item__done-at">
            <span className="visually-hidden">{strings.doneAt}</span>
            <time dateTime={doneTime}>{strings.formatDoneTime(doneTime)}</time>
          </p>
        )}
      </div>
      {/* The field exists only while open: a long list stays light. */}
      {noteOpen && <NoteEditor item={item} saved={note} ready={ready} strings={strings} />}
      {note !== '' && (
        <p className="note__print">
          {strings.note.summary}：{note}
        </p>
      )}
    </li>
  );
});
