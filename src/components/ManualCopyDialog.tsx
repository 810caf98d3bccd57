import { useEffect, useRef } from 'react';
import { useStrings } from '../locale/store.ts';
import { COPY_FIELD_ID, COPY_TITLE_ID } from '../links/domIds.ts';
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
    <dialog ref={dialogRef} className="dialog" aria-labelledby={COPY_TITLE_ID} onClose={onClose}>
      {request !== null && (
        <>
          <h2 id={COPY_TITLE_ID}>{request.title}</h2>
          <p className="dialog__hint">{strings.manualCopy.hint}</p>
          <label htmlFor={COPY_FIELD_ID}>{request.label}</label>
          {request.multiline ? (
            <textarea
              ref={fieldRef}
              id={COPY_FIELD_ID}
              className="dialog__field"
              rows={8}
              readOnly
              value={request.text}
            />
          ) : (
            <input
              ref={fieldRef}
              id={COPY_FIELD_ID}
              className="dialog__field"
              type="text"
              readOnly
              value={request.text}
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={() => dialogRef.current?.close()}>
              {strings.manualCopy.close}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
