import { useId, useState } from 'react';
import type { GuideItem } from '../content/schema.ts';
import { allItems, totalItems } from '../content/guide.ts';
import { formatProgressLink } from '../links/progressLink.ts';
import { isShareCancelled } from '../links/share.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { daysLater, reminderCalendar } from '../reminder/ics.ts';
import { doneCount } from '../progress/derive.ts';
import { DialogStatus } from './DialogStatus.tsx';
import { fileAddress } from './download.ts';
import { closeModal, Modal } from './Modal.tsx';
import { NotesOption, useProgressToSend } from './ProgressToSend.tsx';

/** For a step that names none (`remindAfterDays`). */
const DEFAULT_DAYS = 3;
const MAX_DAYS = 60;

/**
 * A reminder to come back to a step: a calendar event some days later, made on the device as an
 * `.ics` file, to download or to share to a calendar app. It needs no server and no permission. Its
 * link carries the progress as it is now (and the notes, if the person chooses), so that it brings
 * back what a browser may have cleared by then.
 */
export function ReminderDialog({ item, onClose }: { item: GuideItem; onClose: () => void }) {
  const { reminder: text } = useOnDemandStrings();
  const titleId = useId();
  const daysId = useId();
  const whenId = useId();
  const [typed, setTyped] = useState(String(item.remindAfterDays ?? DEFAULT_DAYS));
  const [today] = useState(() => new Date());
  const toSend = useProgressToSend();
  const { progress, withNotes } = toSend;
  const days = Number(typed);
  // The reminder's time, if the number of days typed is one it can be set for.
  const start =
    typed.trim() !== '' && Number.isInteger(days) && days >= 1 && days <= MAX_DAYS ? daysLater(today, days) : null;
  const url = formatProgressLink(progress, withNotes, window.location.href, item.id);
  const calendar =
    start === null
      ? null
      : reminderCalendar(
          {
            uid: `${item.id}-${start.getTime()}@tm-card-guide`,
            title: text.eventTitle(item.title),
            body: text.eventBody(item.detail, url, (withNotes && progress.notes[item.id]) || null),
            url,
            start,
          },
          today,
        );
  const file = calendar === null ? null : new File([calendar], text.fileName, { type: 'text/calendar' });
  const [said, setSaid] = useState('');
  const canShare = file !== null && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });

  async function share() {
    if (file === null) return;
    try {
      await navigator.share({ files: [file], title: text.eventTitle(item.title) });
      setSaid(text.shared);
    } catch (error) {
      if (!isShareCancelled(error)) console.warn('Sharing the reminder failed.', error);
    }
  }

  return (
    <Modal labelledBy={titleId} onClose={onClose}>
      <h2 id={titleId}>{text.title(item.title)}</h2>
      <p className="dialog__hint">{text.hint}</p>
      <p>{text.carries(doneCount(progress.done, allItems), totalItems)}</p>
      <NotesOption {...toSend} />
      <label htmlFor={daysId}>{text.days}</label>
      <input
        id={daysId}
        className="dialog__field dialog__field--short"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        required
        value={typed}
        aria-invalid={start === null}
        aria-describedby={whenId}
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      <p id={whenId} className="dialog__hint">
        {start === null ? text.daysInvalid(MAX_DAYS) : text.when(start)}
      </p>
      {/* Read before the download is tapped: inside WeChat, the tap does nothing. */}
      <p className="dialog__hint">{text.ifNothingDownloads}</p>
      {/* Just above the buttons, where the person is looking when they tap one. */}
      <DialogStatus message={said} />
      <div className="dialog__actions">
        {calendar !== null && (
          <a
            className="button button--secondary"
            href={fileAddress(calendar, 'text/calendar')}
            download={text.fileName}
            onClick={() => setSaid(text.saved)}
          >
            {text.download}
          </a>
        )}
        {canShare && (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            {text.share}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={closeModal}>
          {text.close}
        </button>
      </div>
    </Modal>
  );
}
