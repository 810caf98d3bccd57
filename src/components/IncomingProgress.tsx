import { useEffect } from 'react';
import { allItems, stepsOf, totalItems } from '../content/guide.ts';
import { INCOMING_BODY_ID, INCOMING_TITLE_ID } from '../links/domIds.ts';
import { returnFocus } from './focus.ts';
import { decodeProgress } from '../links/progressLink.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { useGuide, useStrings } from '../locale/store.ts';
import { doneCount, isStepDone } from '../progress/derive.ts';
import { holdsAll, mergeProgress } from '../progress/merge.ts';
import type { StoredProgress } from '../progress/restore.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { closeModal, Modal } from './Modal.tsx';
import { Notice } from './Notice.tsx';

interface Props {
  /** The address fragment, without its `#`. */
  fragment: string;
  /** The link has been answered (or dismissed); a reminder's link then goes on to its `step`. */
  onDone: (step?: string) => void;
}

/**
 * A progress link, read (it is loaded only for one): what it carries, or a plain notice if it is
 * damaged, in which case nothing from it is used.
 */
export function IncomingProgress({ fragment, onDone }: Props) {
  const strings = useStrings();
  const text = useOnDemandStrings().progressLink;
  const link = decodeProgress(fragment);
  if (link.kind === 'unreadable') {
    return (
      <Notice onDismiss={onDone} dismissLabel={strings.dismiss}>
        {text.unreadable}
      </Notice>
    );
  }
  return <IncomingChoice incoming={link.progress} lossless={link.lossless} step={link.step} onDone={onDone} />;
}

interface ChoiceProps {
  incoming: StoredProgress;
  /** False if the link held things this guide does not have, which were left out. */
  lossless: boolean;
  /** The step a reminder's link comes back to. */
  step: string | undefined;
  onDone: (step?: string) => void;
}

/**
 * A progress link, opened: the progress it carries next to the person's own (both counts, and the
 * steps where they differ), with three choices. Only looking changes nothing stored; taking it or
 * merging it can be undone. Opening the link changes nothing by itself. A reminder's link, where
 * its progress is already kept, goes straight to its step; where it is not (the browser cleared
 * it), it offers it back first, in one tap.
 */
function IncomingChoice({ incoming, lossless, step, onDone }: ChoiceProps) {
  const text = useOnDemandStrings().progressLink;
  const steps = stepsOf(useGuide());
  const started = useProgress((state) => state.shown === 'all');
  const ownDone = useProgress((state) => state.done);
  const ownNotes = useProgress((state) => state.notes);
  const reminder = step !== undefined;
  const kept = started && reminder && holdsAll({ done: ownDone, notes: ownNotes }, incoming);
  useEffect(() => {
    if (kept) onDone(step);
  }, [kept, step, onDone]);
  // Once the person's own progress has been read, so that the two can be compared.
  if (!started || kept) return null;

  const differing = steps.filter((step) => isStepDone(incoming.done, step) !== isStepDone(ownDone, step));

  function closed() {
    // Turned down (or Escape): nothing else took focus (an undo notice or the banner would have),
    // so the page is read from its top.
    returnFocus();
    onDone(step);
  }

  const answer = (choose: () => void) => (event: { currentTarget: Element }) => {
    choose();
    closeModal(event);
  };

  const look = () => useProgress.getState().view(incoming);
  const take = () => useProgress.getState().replaceWith(incoming, 'link-take');
  function merge() {
    let kept = 0;
    useProgress.getState().replaceWith((own) => {
      const { progress, notesKept } = mergeProgress(own, incoming, { mine: text.mineNote, theirs: text.theirNote });
      kept = notesKept.length;
      return progress;
    }, 'link-merge');
    if (kept > 0) useAnnouncer.getState().announce(text.notesKept(kept));
  }

  return (
    <Modal labelledBy={INCOMING_TITLE_ID} describedBy={INCOMING_BODY_ID} onClose={closed}>
      <h2 id={INCOMING_TITLE_ID}>{reminder ? text.reminderTitle : text.incomingTitle}</h2>
      <p id={INCOMING_BODY_ID}>
        {(reminder ? text.reminderCompare : text.compare)(
          doneCount(incoming.done, allItems),
          doneCount(ownDone, allItems),
          totalItems,
        )}
      </p>
      {reminder && <p className="dialog__hint">{text.reminderWhy}</p>}
      {!lossless && <p className="dialog__hint">{text.partial}</p>}
      {differing.length === 0 ? (
        <p>{text.same}</p>
      ) : (
        <>
          <p>{text.differ}</p>
          <ul className="dialog__list">
            {differing.map((step) => (
              <li key={step.id}>
                {isStepDone(incoming.done, step) ? text.onlyTheirs(step.title) : text.onlyMine(step.title)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__actions dialog__actions--choice">
        {reminder && (
          // Bringing it back keeps whatever this browser has too: it is a merge.
          <button type="button" className="button button--primary" onClick={answer(merge)}>
            {text.restore}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={answer(look)}>
          {text.look}
        </button>
        {!reminder && (
          <button type="button" className="button button--secondary" onClick={answer(merge)}>
            {text.merge}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={answer(take)}>
          {text.take}
        </button>
        <button type="button" className="button button--secondary" onClick={closeModal}>
          {text.ignore}
        </button>
      </div>
    </Modal>
  );
}
