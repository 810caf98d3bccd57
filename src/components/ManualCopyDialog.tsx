import { useEffect, useRef } from 'react';
import { useStrings } from '../locale/store.ts';
import { COPY_TITLE_ID } from '../links/domIds.ts';
import { returnFocus } from './focus.ts';
import { useManualCopy, type CopyRequest } from '../status/manualCopy.ts';
import { CopyField, selectToCopy } from './CopyField.tsx';
import { closeModal, Modal } from './Modal.tsx';

/**
 * Shows a text (a step's link, the progress) selected in a field when it could not be copied.
 * Loaded only then.
 */
export function ManualCopyDialog({ request }: { request: CopyRequest }) {
  const strings = useStrings();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => selectToCopy(fieldRef.current), []);

  function onClose() {
    returnFocus(request.returnFocusTo);
    useManualCopy.getState().close();
  }

  return (
    <Modal labelledBy={COPY_TITLE_ID} onClose={onClose}>
      <h2 id={COPY_TITLE_ID}>{request.title}</h2>
      <p className="dialog__hint">{strings.manualCopy.hint}</p>
      <CopyField ref={fieldRef} label={request.label} text={request.text} />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={closeModal}>
          {strings.manualCopy.close}
        </button>
      </div>
    </Modal>
  );
}
