import { useState } from 'react';
import { useStrings } from '../locale/store.ts';
import { useLooking } from '../progress/selectors.ts';
import { DialogButton } from './DialogButton.tsx';
import { onDemandWithText } from './onDemand.tsx';
import { ProgressMore } from './ProgressMore.tsx';

const SendDialog = onDemandWithText(() => import('./SendDialog.tsx').then((m) => m.SendDialog));

/**
 * The one place where progress moves: 发送进度 (a link with its QR code, SendDialog.tsx) first, and
 * behind 更多, one tap away, the rest (ProgressMore.tsx).
 */
export function ProgressActions() {
  const strings = useStrings();
  const [open, setOpen] = useState(false);
  return (
    <div className="summary__actions">
      <DialogButton
        className="button button--secondary"
        autoComplete="off"
        disabled={useLooking()}
        dialog={(close) => <SendDialog onClose={close} />}
      >
        {strings.progressLink.send}
      </DialogButton>
      <button
        type="button"
        className="button button--quiet more-toggle"
        aria-expanded={open}
        aria-label={strings.more.progressLabel}
        onClick={() => setOpen(!open)}
      >
        {strings.more.button}
      </button>
      {open && <ProgressMore />}
    </div>
  );
}
