import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { Strings } from '../content/strings.ts';
import type { GuideItem } from '../content/schema.ts';
import { noteFieldId } from '../links/domIds.ts';
import { MAX_NOTE_LENGTH } from '../progress/stored.ts';
import { useProgress } from '../progress/store.ts';

const SAVE_AFTER_MS = 400;

const save = (id: string, note: string) => useProgress.getState().setNote(id, note);

interface Props {
  item: GuideItem;
  /** The note as stored. */
  saved: string;
  strings: Strings;
}

/**
 * The note's field (a ticket number, the branch visited). Saved as the person types, a moment after
 * they pause, and at once when they leave the field, close it, or leave the page.
 */
export function NoteEditor({ item, saved, strings }: Props) {
  const [draft, setDraft] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);

  // Someone else changed the note (a reset, an undo, another tab): show theirs.
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setDraft(saved);
  }

  // Only a changed note is written: writing an unchanged one could cover another tab's newer note.
  const saveChanged = useEffectEvent(() => {
    if (draft !== saved) save(item.id, draft);
  });
  // Closing the note keeps what was typed, even in the moment before it would have been saved.
  useEffect(() => () => saveChanged(), []);

  useEffect(() => {
    if (draft === saved) return;
    const timer = window.setTimeout(saveChanged, SAVE_AFTER_MS);
    window.addEventListener('pagehide', saveChanged);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', saveChanged);
    };
  }, [draft, saved]);

  // The field grows with its text, from its two rows, so that nothing typed is hidden (its CSS caps it).
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = field.current;
    if (element === null) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
  }, [draft]);

  const fieldId = noteFieldId(item.id);
  return (
    <div className="note">
      <label htmlFor={fieldId} className="visually-hidden">
        {strings.note.fieldLabel(item.title)}
      </label>
      <p className="note__hint">{strings.note.hint}</p>
      <textarea
        ref={field}
        id={fieldId}
        className="note__field"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        // The stored note is shown, never text the browser restores or suggests.
        autoComplete="off"
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => {
          if (draft !== saved) save(item.id, draft);
        }}
      />
    </div>
  );
}
