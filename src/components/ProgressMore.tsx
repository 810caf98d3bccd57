import { useRef, useState } from 'react';
import { RESET_BUTTON_ID } from '../links/domIds.ts';
import { copyText } from '../links/share.ts';
import { tellOutcome } from '../links/shareStep.ts';
import { currentLocale, useStrings } from '../locale/store.ts';
import { progressText } from '../progress/progressText.ts';
import { useLooking } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { isEmpty } from '../progress/stored.ts';
import { exportFileName, exportText, MAX_IMPORT_BYTES, readImport } from '../progress/transfer.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { DialogButton } from './DialogButton.tsx';
import { download } from './download.ts';
import { onDemand } from './onDemand.tsx';

const ResetDialog = onDemand(() => import('./ResetDialog.tsx').then((m) => m.ResetDialog));

/** The whole checklist, with ticks, times and notes, as plain text: copied, or offered to copy by hand. */
async function copyProgress(button: HTMLElement) {
  const { guide, strings } = currentLocale();
  const text = progressText(guide, useProgress.getState(), strings);
  tellOutcome(await copyText(text), strings.copyProgress, text, button);
}

/**
 * Behind 更多: copying the progress as text, exporting it to a JSON file and importing it back
 * (checked like stored data; undoable), and resetting it, which asks first (ResetDialog.tsx).
 */
export function ProgressMore() {
  const strings = useStrings();
  const looking = useLooking();
  // Once the app has started: the reset is the app's to offer.
  const hasProgress = useProgress((state) => state.stage === 'app' && state.viewing === null && !isEmpty(state));
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function importFile(file: File) {
    const result = file.size > MAX_IMPORT_BYTES ? { kind: 'tooLarge' as const } : readImport(await file.text());
    const failed = result.kind === 'tooLarge' || result.kind === 'unreadable';
    setProblem(failed ? strings.transfer[result.kind] : null);
    if (failed) return;
    const complete = result.kind === 'complete';
    useProgress.getState().replaceWith(result.progress, complete ? 'import' : 'partial-import');
    useAnnouncer.getState().announce(complete ? strings.transfer.imported : strings.transfer.partial);
  }

  const secondary = { className: 'button button--secondary', autoComplete: 'off' } as const;
  return (
    <div className="summary__more">
      <button
        type="button"
        {...secondary}
        disabled={looking}
        onClick={(event) => void copyProgress(event.currentTarget)}
      >
        {strings.copyProgress.button}
      </button>
      <button
        type="button"
        {...secondary}
        disabled={looking}
        onClick={() => download(exportFileName(new Date()), exportText(useProgress.getState()), 'application/json')}
      >
        {strings.transfer.export}
      </button>
      <button type="button" {...secondary} disabled={looking} onClick={() => fileRef.current?.click()}>
        {strings.transfer.import}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      {problem !== null && (
        <p className="transfer__problem" role="alert">
          {problem}
        </p>
      )}
      <DialogButton
        {...secondary}
        id={RESET_BUTTON_ID}
        disabled={!hasProgress}
        dialog={(close) => <ResetDialog onClose={close} />}
      >
        {strings.reset.button}
      </DialogButton>
    </div>
  );
}
