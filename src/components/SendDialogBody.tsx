import { useId, useState } from 'react';
import { allItems, totalItems } from '../content/guide.ts';
import { SEND_FIELD_ID, SEND_TITLE_ID } from '../links/domIds.ts';
import { formatProgressLink } from '../links/progressLink.ts';
import { copyText, shareLink } from '../links/share.ts';
import { useStrings } from '../locale/store.ts';
import { doneCount } from '../progress/derive.ts';
import type { StoredProgress } from '../progress/restore.ts';
import { useAnnouncer } from '../status/announcer.ts';

/** What a progress link will carry, the link itself, and ways to send it (SendProgress.tsx). */
export function SendDialogBody({ progress, close }: { progress: StoredProgress; close: () => void }) {
  const strings = useStrings();
  const [withNotes, setWithNotes] = useState(false);
  const notesId = useId();
  const link = formatProgressLink(progress, withNotes, window.location.href);
  const notes = Object.keys(progress.notes).length;
  const { announce } = useAnnouncer.getState();

  async function share() {
    const outcome = await shareLink({ url: link, title: strings.progressLink.send });
    if (outcome === 'shared') announce(strings.progressLink.shared);
    if (outcome === 'copied') announce(strings.progressLink.copied);
  }

  async function copy() {
    if ((await copyText(link)) === 'copied') announce(strings.progressLink.copied);
    // Else the link is there to copy by hand, selected.
    else document.getElementById(SEND_FIELD_ID)?.focus();
  }

  return (
    <>
      <h2 id={SEND_TITLE_ID}>{strings.progressLink.sendTitle}</h2>
      <p>{strings.progressLink.contains(doneCount(progress.done, allItems), totalItems)}</p>
      <p className="dialog__hint">{strings.progressLink.private}</p>
      {notes > 0 && (
        <p className="dialog__option">
          <input
            id={notesId}
            type="checkbox"
            checked={withNotes}
            onChange={(event) => setWithNotes(event.currentTarget.checked)}
          />
          <label htmlFor={notesId}>{strings.progressLink.withNotes(notes)}</label>
        </p>
      )}
      <label htmlFor={SEND_FIELD_ID}>{strings.progressLink.linkLabel}</label>
      <input
        id={SEND_FIELD_ID}
        className="dialog__field"
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="dialog__hint">{strings.progressLink.length(link.length)}</p>
      <div className="dialog__actions">
        {typeof navigator.share === 'function' && (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            {strings.progressLink.share}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {strings.progressLink.copy}
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          {strings.progressLink.close}
        </button>
      </div>
    </>
  );
}
