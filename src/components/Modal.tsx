import { useEffect, useRef, type ReactNode, type RefObject, type SyntheticEvent } from 'react';

interface Props {
  labelledBy: string;
  describedBy?: string;
  /** What takes the focus as it opens, if not the dialog itself (the safe answer). */
  focus?: RefObject<HTMLElement | null>;
  /** The dialog has closed: by its own buttons (`closeModal`), or by Escape. */
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/**
 * A modal dialog, open as soon as it is rendered, with focus on the dialog itself unless it says
 * otherwise (`focus`): it is read from its title, and a long one is shown from its top.
 */
export function Modal({ labelledBy, describedBy, focus, onClose, children }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null || dialog.open) return;
    dialog.showModal();
    (focus?.current ?? dialog).focus();
  }, [focus]);
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
