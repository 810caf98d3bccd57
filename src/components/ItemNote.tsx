import { memo, useEffect, useState } from 'react';
import type { Strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { MAX_NOTE_LENGTH } from '../progress/restore.ts';
import { useNote } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';

const SAVE_AFTER_MS = 400;

interface Props {
  item: GuideItem;
  ready: boolean;
  strings: Strings;
}

/**
 * A short note on a step, behind a button that shows and hides it; open whenever there is a note.
 * (A button, not <details>: a thousand of those make a long list noticeably slower to render.)
 */
export const ItemNote = memo(function ItemNote({ item, ready, strings }: Props) {
  const saved = useNote(item.id);
  const [open, setOpen] = useState(false);
  // A note arriving (from storage, an undo, another tab) opens it, and it stays open while edited.
  if (saved !== '' && !open) setOpen(true);

  return (
    <>
      <button
        type="button"
        className="button button--quiet note__toggle"
        aria-expanded={open}
        aria-label={strings.note.toggle(item.title)}
        disabled={!ready}
        onClick={() => setOpen(!open)}
      >
        {strings.note.summary}
      </button>
      {/* The field exists only while open: a long list stays light. */}
      {open && <NoteEditor item={item} saved={saved} ready={ready} strings={strings} />}
      {saved !== '' && (
        <p className="note__print">
          {strings.note.summary}：{saved}
        </p>
      )}
    </>
  );
});

/**
 * The note's field (a ticket number, the branch visited). Saved as the person types, a moment after
 * they pause, and at once when they leave the field or the page.
 */
function NoteEditor({ item, saved, ready, strings }: Props & { saved: string }) {
  const [draft, setDraft] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);

  // Someone else changed the note (a reset, an undo, another tab): show theirs.
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setDraft(saved);
  }

  useEffect(() => {
    if (draft === saved) return;
    const saveNow = () => useProgress.getState().setNote(item.id, draft);
    const timer = window.setTimeout(saveNow, SAVE_AFTER_MS);
    window.addEventListener('pagehide', saveNow);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', saveNow);
    };
  }, [draft, saved, item.id]);

  const fieldId = `ui-note-${item.id}`;
  return (
    <div className="note">
      <label htmlFor={fieldId} className="visually-hidden">
        {strings.note.label(item.title)}
      </label>
      <p className="note__hint">{strings.note.hint}</p>
      <textarea
        id={fieldId}
        className="note__field"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={draft}
        disabled={!ready}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => useProgress.getState().setNote(item.id, draft)}
      />
    </div>
  );
}
