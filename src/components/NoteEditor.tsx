import { useEffect, useState } from 'react';
import type { Strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { MAX_NOTE_LENGTH } from '../progress/restore.ts';
import { useProgress } from '../progress/store.ts';

const SAVE_AFTER_MS = 400;

interface Props {
  item: GuideItem;
  /** The note as stored. */
  saved: string;
  ready: boolean;
  strings: Strings;
}

/**
 * The note's field (a ticket number, the branch visited). Saved as the person types, a moment after
 * they pause, and at once when they leave the field or the page.
 */
export function NoteEditor({ item, saved, ready, strings }: Props) {
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
        // The stored note is shown, never text the browser restores or suggests.
        autoComplete="off"
        value={draft}
        disabled={!ready}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => useProgress.getState().setNote(item.id, draft)}
      />
    </div>
  );
}
