import { useId, useState } from 'react';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { useProgress } from '../progress/store.ts';

/**
 * The progress a link is made of (by 发送进度, or for a reminder), as it is when the dialog opens,
 * and the person's choice to add the notes: a box offered only if there are notes.
 */
export function useProgressToSend() {
  const text = useOnDemandStrings().progressLink;
  const [progress] = useState(() => {
    const { done, notes } = useProgress.getState();
    return { done, notes };
  });
  const [withNotes, setWithNotes] = useState(false);
  const notesId = useId();
  const notes = Object.values(progress.notes).filter((note) => note !== '').length;
  const notesOption = notes > 0 && (
    <p className="dialog__option">
      <input
        id={notesId}
        type="checkbox"
        checked={withNotes}
        onChange={(event) => setWithNotes(event.currentTarget.checked)}
      />
      <label htmlFor={notesId}>{text.withNotes(notes)}</label>
    </p>
  );
  return { progress, withNotes, notesOption };
}
