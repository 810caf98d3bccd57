import { useRef } from 'react';
import { RESET_BODY_ID, RESET_TITLE_ID } from '../links/domIds.ts';
import { useStrings } from '../locale/store.ts';
import { useProgress } from '../progress/store.ts';
import { closeModal, Modal } from './Modal.tsx';

/** Asks before a reset, with the safe answer focused. Confirming hands focus to the undo notice. */
export function ResetDialog({ onClose }: { onClose: () => void }) {
  const strings = useStrings();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={RESET_TITLE_ID} describedBy={RESET_BODY_ID} focus={cancelRef} onClose={onClose}>
      <h2 id={RESET_TITLE_ID}>{strings.reset.title}</h2>
      <p id={RESET_BODY_ID}>{strings.reset.body}</p>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={closeModal}>
          {strings.reset.cancel}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={(event) => {
            useProgress.getState().reset();
            closeModal(event);
          }}
        >
          {strings.reset.confirm}
        </button>
      </div>
    </Modal>
  );
}
