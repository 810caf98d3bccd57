import { lazy, memo } from 'react';
import { useStrings } from '../locale/store.ts';
import { useIsReady } from '../progress/selectors.ts';
import { DialogButton } from './DialogButton.tsx';

const SendDialog = lazy(() => import('./SendDialog.tsx').then(({ SendDialog }) => ({ default: SendDialog })));

/**
 * 发送进度: a link that carries the person's ticks (and their notes, if they choose) in its
 * fragment, with its QR code, to open on another device or to send to someone helping.
 */
export const SendProgress = memo(function SendProgress() {
  const strings = useStrings();
  return (
    <DialogButton className="button button--secondary" ready={useIsReady()} dialog={SendDialog} dialogProps={{}}>
      {strings.progressLink.send}
    </DialogButton>
  );
});
