import { useEffect, useRef } from 'react';
import { allItems, stepsOf, totalItems } from '../content/guide.ts';
import { INCOMING_BODY_ID, INCOMING_TITLE_ID } from '../links/domIds.ts';
import { decodeProgress } from '../links/progressLink.ts';
import { useGuide, useStrings } from '../locale/store.ts';
import { doneCount, isStepDone } from '../progress/derive.ts';
import { mergeProgress } from '../progress/merge.ts';
import type { StoredProgress } from '../progress/restore.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { Notice } from './Notice.tsx';

interface Props {
  /** The address fragment, without its `#`. */
  fragment: string;
  /** The link has been answered (or dismissed). */
  onDone: () => void;
}

/**
 * A progress link, read (it is loaded only for one): what it carries, or a plain notice if it is
 * damaged, in which case nothing from it is used.
 */
export function IncomingProgress({ fragment, onDone }: Props) {
  const strings = useStrings();
  const link = decodeProgress(fragment);
  if (link.kind === 'unreadable') {
    return (
      <Notice onDismiss={onDone} dismissLabel={strings.dismiss}>
        {strings.progressLink.unreadable}
      </Notice>
    );
  }
  return <IncomingChoice incoming={link.progress} lossless={link.lossless} onDone={onDone} />;
}

interface ChoiceProps {
  incoming: StoredProgress;
  /** False if the link held things this guide does not have, which were left out. */
  lossless: boolean;
  onDone: () => void;
}

/**
 * A progress link, opened: the progress it carries next to the person's own (both counts, and the
 * steps where they differ), with three choices. Only looking changes nothing stored; taking it or
 * merging it can be undone. Opening the link changes nothing by itself.
 */
function IncomingChoice({ incoming, lossless, onDone }: ChoiceProps) {
  const strings = useStrings();
  const steps = stepsOf(useGuide());
  const started = useProgress((state) => state.shown === 'all');
  const ownDone = useProgress((state) => state.done);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    // Once the person's own progress has been read, so that the two can be compared.
    if (started && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [started]);

  const differing = steps.filter((step) => isStepDone(incoming.done, step) !== isStepDone(ownDone, step));

  function answer(choose: () => void) {
    choose();
    dialogRef.current?.close();
  }

  const look = () => useProgress.getState().view(incoming);
  const take = () => useProgress.getState().replaceWith(incoming, 'link-take');
  function merge() {
    const { done, notes } = useProgress.getState();
    const { progress, notesKept } = mergeProgress({ done, notes }, incoming);
    useProgress.getState().replaceWith(progress, 'link-merge');
    if (notesKept.length > 0) useAnnouncer.getState().announce(strings.progressLink.notesKept(notesKept.length));
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={INCOMING_TITLE_ID}
      aria-describedby={INCOMING_BODY_ID}
      onClose={onDone}
    >
      <h2 id={INCOMING_TITLE_ID}>{strings.progressLink.incomingTitle}</h2>
      <p id={INCOMING_BODY_ID}>
        {strings.progressLink.compare(doneCount(incoming.done, allItems), doneCount(ownDone, allItems), totalItems)}
      </p>
      {!lossless && <p className="dialog__hint">{strings.progressLink.partial}</p>}
      {differing.length === 0 ? (
        <p>{strings.progressLink.same}</p>
      ) : (
        <>
          <p>{strings.progressLink.differ}</p>
          <ul className="dialog__list">
            {differing.map((step) => (
              <li key={step.id}>
                {step.title}
                {'：'}
                {isStepDone(incoming.done, step) ? strings.progressLink.onlyTheirs : strings.progressLink.onlyMine}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={() => dialogRef.current?.close()}>
          {strings.progressLink.ignore}
        </button>
        <button type="button" className="button button--secondary" onClick={() => answer(look)}>
          {strings.progressLink.look}
        </button>
        <button type="button" className="button button--secondary" onClick={() => answer(merge)}>
          {strings.progressLink.merge}
        </button>
        <button type="button" className="button button--secondary" onClick={() => answer(take)}>
          {strings.progressLink.take}
        </button>
      </div>
    </dialog>
  );
}
