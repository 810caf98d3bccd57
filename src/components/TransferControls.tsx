import { useRef, useState } from 'react';
import { useStrings } from '../locale/store.ts';
import { useLooking } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { exportFileName, exportText, MAX_IMPORT_BYTES, readImport } from '../progress/transfer.ts';
import { useAnnouncer } from '../status/announcer.ts';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

/** Export progress to a JSON file, and import it back (checked like stored data; undoable). */
export function TransferControls() {
  const strings = useStrings();
  const looking = useLooking();
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function importFile(file: File) {
    setProblem(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(strings.transfer.tooLarge);
      return;
    }
    const result = readImport(await file.text());
    if (result.kind === 'unreadable') {
      setProblem(strings.transfer.unreadable);
      return;
    }
    const complete = result.kind === 'complete';
    useProgress.getState().replaceWith(result.progress, complete ? 'import' : 'partial-import');
    useAnnouncer.getState().announce(complete ? strings.transfer.imported : strings.transfer.partial);
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        autoComplete="off"
        disabled={looking}
        onClick={() => download(exportFileName(new Date()), exportText(useProgress.getState()))}
      >
        {strings.transfer.export}
      </button>
      <button
        type="button"
        className="button button--secondary"
        autoComplete="off"
        disabled={looking}
        onClick={() => fileRef.current?.click()}
      >
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
    </>
  );
}
