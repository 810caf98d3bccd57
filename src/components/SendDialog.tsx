import { useRef, useState } from 'react';
import { allItems, totalItems } from '../content/guide.ts';
import { SEND_TITLE_ID } from '../links/domIds.ts';
import { formatProgressLink } from '../links/progressLink.ts';
import { copyText, shareLink } from '../links/share.ts';
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
  const { progressLink: text, qr } = useOnDemandStrings();
  const { progress, noteCount, withNotes, setWithNotes } = useProgressToSend();
  const [said, setSaid] = useState('');
  // Where the link can be neither shared nor copied, it is selected in its field, to copy by hand.
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const selectLink = () => selectToCopy(fieldRef.current);
  const link = formatProgressLink(progress, withNotes, window.location.href);
  const done = doneCount(progress.done, allItems);
  const message = text.message(done, totalItems, link);

  async function share() {
    const outcome = await shareLink({ url: link, title: text.sendTitle, message });
    if (outcome === 'shared') setSaid(text.shared);
    if (outcome === 'copied') setSaid(text.copied);
    if (outcome === 'manual') selectLink();
  }

  async function copy() {
    if ((await copyText(message)) === 'copied') setSaid(text.copied);
    else selectLink();
  }

  return (
    <Modal labelledBy={SEND_TITLE_ID} onClose={onClose}>
      <h2 id={SEND_TITLE_ID}>{text.sendTitle}</h2>
      <p>{text.contains(done, totalItems, partlyDoneCount(progress.done, allItems))}</p>
      <p className="dialog__hint">{text.whoSees}</p>
      <NotesOption noteCount={noteCount} checked={withNotes} onChange={setWithNotes} />
      <QrCode text={link} label={qr.label} hint={qr.hint} tooLong={qr.tooLong} />
      <CopyField ref={fieldRef} label={text.linkLabel} text={link} />
      {/* Just above the buttons, where the person is looking when they tap one. */}
      <DialogStatus message={said} />
      <div className="dialog__actions">
        {typeof navigator.share === 'function' && (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            {text.share}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {text.copy}
        </button>
        <button type="button" className="button button--secondary" onClick={closeModal}>
          {text.close}
        </button>
      </div>
    </Modal>
  );
}
