import { lazy, memo, Suspense, useRef, useState } from 'react';
import { SEND_TITLE_ID } from '../links/domIds.ts';
import { useStrings } from '../locale/store.ts';
import type { StoredProgress } from '../progress/restore.ts';
import { useIsReady } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';

// Loaded when the dialog is first opened.
const SendDialogBody = lazy(() =>
  import('./SendDialogBody.tsx').then(({ SendDialogBody }) => ({ default: SendDialogBody })),
);

/**
 * 发送进度: a link that carries the person's ticks (and their notes, if they choose) in its
 * fragment, to open on another device or to send to someone helping. The dialog says what the link
 * holds before it is sent.
 */
export const SendProgress = memo(function SendProgress() {
  const strings = useStrings();
  const ready = useIsReady();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [sending, setSending] = useState<StoredProgress | null>(null);

  function open() {
    const { done, notes } = useProgress.getState();
    setSending({ done, notes });
    dialogRef.current?.showModal();
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary"
        autoComplete="off"
        disabled={!ready}
        onClick={open}
      >
        {strings.progressLink.send}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={SEND_TITLE_ID}
        onClose={() => {
          setSending(null);
          buttonRef.current?.focus();
        }}
      >
        {sending !== null && (
          <Suspense fallback={null}>
            <SendDialogBody progress={sending} close={() => dialogRef.current?.close()} />
          </Suspense>
        )}
      </dialog>
    </>
  );
});
