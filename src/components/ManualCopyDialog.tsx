import { useEffect, useRef } from 'react';
import { strings } from '../content/strings.zh-CN.ts';
import { shareButtonId } from '../links/domIds.ts';
import { useManualCopy } from '../status/manualCopy.ts';

/** Shows a step's link selected in a field when neither sharing nor the clipboard worked. */
export function ManualCopyDialog() {
  const request = useManualCopy((state) => state.request);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (request === null) return;
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [request]);

  function onClose() {
    if (request !== null) document.getElementById(shareButtonId(request.itemId))?.focus();
    useManualCopy.getState().close();
  }

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="ui-copy-title" onClose={onClose}>
      {request !== null && (
        <>
          <h2 id="ui-copy-title">{strings.share.manualTitle}</h2>
          <p className="dialog__hint">{strings.share.manualHint}</p>
          <label htmlFor="ui-copy-field">{strings.share.manualLabel}</label>
          <input
            ref={fieldRef}
            id="ui-copy-field"
            className="dialog__field"
            type="text"
            readOnly
            value={request.link}
            onFocus={(event) => event.currentTarget.select()}
          />
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
