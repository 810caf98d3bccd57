import { RESET_BUTTON_ID } from '../links/domIds.ts';
import { useStrings } from '../locale/store.ts';
import { useProgress } from '../progress/store.ts';
import { DialogButton } from './DialogButton.tsx';
import { onDemand } from './onDemand.tsx';

const ResetDialog = onDemand(() => import('./ResetDialog.tsx').then((m) => m.ResetDialog));

/** The reset button, which asks first (ResetDialog.tsx). */
export function ResetControl() {
  const strings = useStrings();
  // Once the app has started: the reset is the app's to offer.
  const hasProgress = useProgress(
    (state) =>
      state.stage === 'app' &&
      state.viewing === null &&
      Object.keys(state.done).length + Object.keys(state.notes).length > 0,
  );
  return (
    <DialogButton
      id={RESET_BUTTON_ID}
      className="button button--secondary"
      autoComplete="off"
      disabled={!hasProgress}
      dialog={ResetDialog}
      dialogProps={{}}
    >
      {strings.reset.button}
    </DialogButton>
  );
}
