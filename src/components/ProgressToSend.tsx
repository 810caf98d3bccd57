import { useId, useState } from 'react';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { useProgress } from '../progress/store.ts';

/**
 * The progress a link is made of (by 发送进度, or for a reminder), as it is when the dialog opens,
 * the number of its notes, and the person's choice to add them.
 */
export function useProgressToSend() {
  const [progress] = useState(useProgress.getState);
  const [withNotes, setWithNotes] = useState(false);
  const noteCount = Object.values(progress.notes).filter((note) => note !== '').length;
  return { progress, noteCount, withNotes, setWithNotes };
}

/** The box that adds the notes to a link, offered only if there are notes; once ticked, who can read them. */
export function NotesOption({ noteCount, withNotes, setWithNotes }: ReturnType<typeof useProgressToSend>) {
  const text = useOnDemandStrings().progressLink;
  const id = useId();
  const seenId = useId();
  if (noteCount === 0) return null;
  return (
    <>
      <p className="dialog__option">
        <input
          id={id}
          type="checkbox"
          checked={withNotes}
          aria-describedby={withNotes ? seenId : undefined}
          onChange={(event) => setWithNotes(event.currentTarget.checked)}
        />
        <label htmlFor={id}>{text.withNotes(noteCount)}</label>
      </p>
      {withNotes && (
        <p id={seenId} className="dialog__hint">
          {text.notesSeen}
        </p>
      )}
    </>
  );
}
