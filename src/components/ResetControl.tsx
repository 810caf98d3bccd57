import { useRef } from 'react';
import { useStrings } from '../locale/store.ts';
import { RESET_BODY_ID, RESET_BUTTON_ID, RESET_TITLE_ID } from '../links/domIds.ts';
import { useProgress } from '../progress/store.ts';

/** The reset button and its confirmation dialog. Confirming hands focus to the undo notice. */
export function ResetControl() {
  const strings = useStrings();
  const reset = useProgress((state) => state.reset);
  // Once the app has started: the reset is the app's to offer.
  const hasProgress = useProgress(
    (state) =>
      state.shown === 'all' &&
      state.viewing === null &&
      Object.keys(state.done).length + Object.keys(state.notes).length > 0,
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);

  function open() {
    confirmed.current = false;
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }

  function confirm() {
    confirmed.current = true;
    reset();
    dialogRef.current?.close();
  }

  function restoreFocus() {
    if (!confirmed.current) buttonRef.current?.focus();
  }

  return (
    <>
      <button
        ref={buttonRef}
        id={RESET_BUTTON_ID}
        type="button"
        className="button button--secondary"
        autoComplete="off"
        disabled={!hasProgress}
        onClick={open}
      >
        {strings.reset.button}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={RESET_TITLE_ID}
        aria-describedby={RESET_BODY_ID}
        onClose={restoreFocus}
      >
        <h2 id={RESET_TITLE_ID}>{strings.reset.title}</h2>
        <p id={RESET_BODY_ID}>{strings.reset.body}</p>
        <div className="dialog__actions">
          <button
            ref={cancelRef}
            type="button"
            className="button button--secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {strings.reset.cancel}
          </button>
          <button type="button" className="button button--danger" onClick={confirm}>
            {strings.reset.confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
