import { useEffect } from 'react';
import { allItems, totalItems } from '../content/guide.ts';
import { choiceHintId, INCOMING_BODY_ID, INCOMING_TITLE_ID } from '../links/domIds.ts';
import { returnFocus } from './focus.ts';
import { decodeProgress } from '../links/progressLink.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { doneCount } from '../progress/derive.ts';
import { linkChoices, type LinkChoice } from '../progress/linkChoices.ts';
import { holdsAll, mergeProgress } from '../progress/merge.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { LinkDifferences } from './LinkDifferences.tsx';
import { closeModal, Modal } from './Modal.tsx';
import { Notice } from './Notice.tsx';

interface Props {
  /** The address fragment, without its `#`. */
  fragment: string;
  /** The link has been answered (or dismissed); a reminder's link then goes on to its `step`. */
  onDone: (step?: string) => void;
}

/**
 * A progress link, opened: what it carries beside the person's own, and the choices that make sense
 * for the two (`linkChoices`). Opening it changes nothing; a reminder's link whose progress is kept
 * goes straight to its step.
 */
export function IncomingProgress({ fragment, onDone }: Props) {
  const text = useOnDemandStrings().progressLink;
  const own = useProgress((state) => state);
  const started = own.stage === 'app';
  const link = decodeProgress(fragment);
  const nothingNew = link.kind === 'progress' && holdsAll(own, link.progress);
  const step = link.kind === 'progress' ? link.step : undefined;
  const reminder = step !== undefined;
  const kept = started && reminder && nothingNew;
  useEffect(() => {
    if (kept) onDone(step);
  }, [kept, step, onDone]);
  if (link.kind === 'unreadable') {
    return <Notice onDismiss={onDone}>{text.unreadable}</Notice>;
  }
  // Once the person's own progress has been read, so that the two can be compared.
  if (!started || kept) return null;
  // `lossless` is false if the link held things this guide does not have, which were left out.
  const { progress: incoming, lossless } = link;

  function closed() {
    // Turned down (or Escape): nothing else took focus (an undo notice or the banner would have),
    // so the page is read from its top.
    returnFocus();
    onDone(step);
  }

  function merge() {
    let kept = 0;
    useProgress.getState().replaceWith((current) => {
      const { progress, notesKept } = mergeProgress(current, incoming, { mine: text.mineNote, theirs: text.theirNote });
      kept = notesKept.length;
      return progress;
    }, 'link-merge');
    if (kept > 0) useAnnouncer.getState().announce(text.notesKept(kept));
  }

  // Bringing it back keeps whatever this browser has too: it is a merge.
  const chosen: Record<LinkChoice, () => void> = {
    restore: merge,
    look: () => useProgress.getState().view(incoming),
    merge,
    take: () => useProgress.getState().replaceWith(incoming, 'link-take'),
    use: merge,
    ignore: () => {},
  };

  return (
    <Modal labelledBy={INCOMING_TITLE_ID} describedBy={INCOMING_BODY_ID} onClose={closed}>
      <h2 id={INCOMING_TITLE_ID}>{reminder ? text.reminderTitle : text.incomingTitle}</h2>
      <p id={INCOMING_BODY_ID}>
        {(reminder ? text.reminderCompare : text.compare)(
          doneCount(incoming.done, allItems),
          doneCount(own.done, allItems),
          totalItems,
        )}
      </p>
      {reminder && <p className="dialog__hint">{text.reminderWhy}</p>}
      {!lossless && <p className="dialog__hint">{text.partial}</p>}
      {nothingNew && <p>{text.nothingNew}</p>}
      <LinkDifferences incoming={incoming} ownDone={own.done} reminder={reminder} />
      <div className="dialog__actions dialog__actions--choice">
        {linkChoices(own, incoming, reminder).map((choice, index) => (
          <div key={choice} className="dialog__choice">
            <button
              type="button"
              // The first choice is the safe one.
              className={index === 0 ? 'button button--primary' : 'button button--secondary'}
              aria-describedby={choiceHintId(choice)}
              onClick={(event) => {
                chosen[choice]();
                closeModal(event);
              }}
            >
              {text[choice]}
            </button>
            <p id={choiceHintId(choice)}>{text[`${choice}Does`]}</p>
          </div>
        ))}
      </div>
    </Modal>
  );
}
