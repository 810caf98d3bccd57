import { useRef, useState } from 'react';
import { allItems, totalItems } from '../content/guide.ts';
import { SEND_TITLE_ID } from '../links/domIds.ts';
import { formatProgressLink } from '../links/progressLink.ts';
import { copyText, shareLink, type ShareOutcome } from '../links/share.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { doneCount, partlyDoneCount } from '../progress/derive.ts';
import { CopyField, selectToCopy } from './CopyField.tsx';
import { DialogStatus } from './DialogStatus.tsx';
import { closeModal, Modal } from './Modal.tsx';
import { QrCode } from './QrCode.tsx';
import { NotesOption, useProgressToSend } from './ProgressToSend.tsx';

/**
 * What a progress link will carry (said before it is sent), the link as a QR code and as text, and
 * ways to send it. The progress is taken as it is when the dialog opens.
 */
export function SendDialog({ onClose }: { onClose: () => void }) {
  const text = useOnDemandStrings().progressLink;
  const toSend = useProgressToSend();
  const { progress, withNotes } = toSend;
  const [said, setSaid] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const link = formatProgressLink(progress, withNotes, window.location.href);
  const done = doneCount(progress.done, allItems);
  const message = text.message(done, totalItems, link);

  // Says the link was shared or copied; where it could be neither, selects it in its field, to copy by hand.
  async function tell(sent: Promise<ShareOutcome>) {
    const outcome = await sent;
    if (outcome === 'manual') selectToCopy(fieldRef.current);
    if (outcome === 'shared' || outcome === 'copied') setSaid(text[outcome]);
  }

  return (
    <Modal labelledBy={SEND_TITLE_ID} onClose={onClose}>
      <h2 id={SEND_TITLE_ID}>{text.sendTitle}</h2>
      <p>{text.contains(done, totalItems, partlyDoneCount(progress.done, allItems))}</p>
      <p className="dialog__hint">{text.whoSees}</p>
      <NotesOption {...toSend} />
      <QrCode text={link} />
      <CopyField ref={fieldRef} label={text.linkLabel} text={link} />
      {/* Just above the buttons, where the person is looking when they tap one. */}
      <DialogStatus message={said} />
      <div className="dialog__actions">
        {typeof navigator.share === 'function' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void tell(shareLink({ url: link, title: text.sendTitle, message }))}
          >
            {text.share}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void tell(copyText(message))}>
          {text.copy}
        </button>
        <button type="button" className="button button--secondary" onClick={closeModal}>
          {text.close}
        </button>
      </div>
    </Modal>
  );
}
