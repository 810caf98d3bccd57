import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  describedBy?: string;
  /** The dialog has closed: by its own buttons (`closeModal`), or by Escape. */
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog, open as soon as it is rendered. */
export function Modal({ labelledBy, describedBy, onClose, children }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
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
