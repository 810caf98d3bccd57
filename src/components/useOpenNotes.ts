import { useCallback, useState } from 'react';
import type { GuideSection } from '../content/schema.ts';
import { useProgress } from '../progress/store.ts';

/** The steps whose note differs from the one last seen, with their note: on most renders, none. */
function notesArrived(section: GuideSection, notes: readonly string[], seen: Readonly<Record<string, string>>) {
  const arrived: [id: string, note: string][] = [];
  section.items.forEach(({ id }, index) => {
    const note = notes[index] ?? '';
    if (note !== (seen[id] ?? '')) arrived.push([id, note]);
  });
  return arrived;
}

/**
 * Which of a section's notes are open, kept by the section so that its steps need no state of
 * their own (a long list renders a thousand). A note opens when it has text at first, when the
 * person opens it, and when text arrives otherwise (from storage, an undo, another tab), so that
 * it is seen; saving one's own note opens nothing, and the person can close any note.
 */
export function useOpenNotes(section: GuideSection, notes: readonly string[]) {
  // The notes as the section last showed or saved them, and which are open, by step id.
  const [seen, setSeen] = useState<Readonly<Record<string, string>>>({});
  const [open, setOpen] = useState<Readonly<Record<string, boolean>>>({});
  const arrived = notesArrived(section, notes, seen);
  if (arrived.length > 0) {
    setSeen({ ...seen, ...Object.fromEntries(arrived) });
    setOpen({ ...open, ...Object.fromEntries(arrived.filter(([, note]) => note !== '').map(([id]) => [id, true])) });
  }

  const toggleNote = useCallback((id: string) => setOpen((before) => ({ ...before, [id]: !before[id] })), []);
  const saveNote = useCallback((id: string, text: string) => {
    setSeen((before) => ({ ...before, [id]: text }));
    useProgress.getState().setNote(id, text);
  }, []);
  return { open, toggleNote, saveNote };
}
