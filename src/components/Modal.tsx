import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

interface Props {
  labelledBy: string;
  describedBy?: string;
  /** The dialog has closed: by its own buttons (`closeModal`), or by Escape. */
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/**
 * A modal dialog, open as soon as it is rendered, with focus on the dialog itself: it is read from
 * its title, and a long one is shown from its top (a dialog that wants a field focused focuses it).
 */
export function Modal({ labelledBy, describedBy, onClose, children }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null || dialog.open) return;
    dialog.showModal();
    dialog.focus();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      tabIndex={-1}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}

/** Closes the modal that holds the element an event came from. */
export const closeModal = (event: { currentTarget: Element }) => event.currentTarget.closest('dialog')?.close();
