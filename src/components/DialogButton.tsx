import { useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { returnFocus } from './focus.ts';
import { useStrings } from '../locale/store.ts';
import { LoadsAlone } from './FailsAlone.tsx';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick'> {
  /** The dialog (loaded on demand), rendered while it is open; it calls `close` once it has closed. */
  dialog: (close: () => void) => ReactNode;
}

/**
 * A button that opens a dialog whose code is loaded only when it is first opened, and takes the
 * focus back when the dialog closes (or, if it can no longer take it, the page's heading does).
 */
export function DialogButton({ dialog, ...button }: Props) {
  const [open, setOpen] = useState(false);
  const [element, setElement] = useState<HTMLButtonElement | null>(null);
  // Said beside the button while the dialog's code is fetched: on a slow network, that takes a moment.
  const opening = (
    <span className="dialog-opening" role="status">
      {useStrings().opening}
    </span>
  );
  function close() {
    setOpen(false);
    returnFocus(element);
  }
  return (
    <>
      <button {...button} ref={setElement} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} />
      {open && <LoadsAlone fallback={opening}>{dialog(close)}</LoadsAlone>}
    </>
  );
}
