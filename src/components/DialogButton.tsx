import { useRef, useState, type ButtonHTMLAttributes, type ComponentType } from 'react';
import { returnFocus } from './focus.ts';
import { useStrings } from '../locale/store.ts';
import { LoadsAlone } from './FailsAlone.tsx';

interface Props<P> extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick'> {
  /** The dialog (loaded on demand), rendered while it is open; it calls `onClose` once it has closed. */
  dialog: ComponentType<P & { onClose: () => void }>;
  dialogProps: P;
}

/** Said beside the button while the dialog's code is fetched: on a slow network, that takes a moment. */
function Opening() {
  return (
    <span className="dialog-opening" role="status">
      {useStrings().opening}
    </span>
  );
}

/**
 * A button that opens a dialog whose code is loaded only when it is first opened, and takes the
 * focus back when the dialog closes (or, if it can no longer take it, the page's heading does).
 */
export function DialogButton<P extends object>({ dialog: Dialog, dialogProps, ...button }: Props<P>) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  function close() {
    setOpen(false);
    returnFocus(buttonRef.current);
  }
  return (
    <>
      <button {...button} ref={buttonRef} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} />
      {open && (
        <LoadsAlone fallback={<Opening />}>
          <Dialog {...dialogProps} onClose={close} />
        </LoadsAlone>
      )}
    </>
  );
}
