import { useEffect, useRef } from 'react';
import { useStrings } from '../content/locale.ts';
import { useManualCopy } from '../status/manualCopy.ts';

/** Shows a text (a step's link, the progress) selected in a field when it could not be copied. */
export function ManualCopyDialog() {
  const strings = useStrings();
  const request = useManualCopy((state) => state.request);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (request === null) return;
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [request]);

  function onClose() {
    if (request !== null) request.returnFocusTo.focus();
    useManualCopy.getState().close();
  }

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="ui-copy-title" onClose={onClose}>
      {request !== null && (
        <>
          <h2 id="ui-copy-title">{request.title}</h2>
          <p className="dialog__hint">{strings.share.manualHint}</p>
          <label htmlFor="ui-copy-field">{request.label}</label>
          {request.multiline ? (
            <textarea
              ref={fieldRef}
              id="ui-copy-field"
              className="dialog__field"
              rows={8}
              readOnly
              value={request.text}
            />
          ) : (
            <input
              ref={fieldRef}
              id="ui-copy-field"
              className="dialog__field"
              type="text"
              readOnly
              value={request.text}
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={() => dialogRef.current?.close()}>
              {strings.share.close}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
