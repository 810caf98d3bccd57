import { memo } from 'react';
import { useStrings } from '../locale/store.ts';
import { useLooking } from '../progress/selectors.ts';
import { DialogButton } from './DialogButton.tsx';
import { onDemand } from './onDemand.tsx';

const SendDialog = onDemand(() => import('./SendDialog.tsx').then((m) => m.SendDialog), true);

/**
 * 发送进度: a link that carries the person's ticks (and their notes, if they choose) in its
 * fragment, with its QR code, to open on another device or to send to someone helping.
 */
export const SendProgress = memo(function SendProgress() {
  const strings = useStrings();
  return (
    <DialogButton
      className="button button--secondary"
      autoComplete="off"
      disabled={useLooking()}
      dialog={SendDialog}
      dialogProps={{}}
    >
      {strings.progressLink.send}
    </DialogButton>
  );
});
