import { memo } from 'react';
import { currentLocale, useStrings } from '../content/locale.ts';
import { progressText } from '../progress/progressText.ts';
import { useIsReady } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { useManualCopy } from '../status/manualCopy.ts';

const BUTTON_ID = 'ui-copy-progress';

async function copyProgress() {
  const { guide, strings } = currentLocale();
  const text = progressText(guide, useProgress.getState(), {
    doneCount: strings.doneCount,
    doneAt: strings.doneAt,
    note: strings.copyProgress.note,
    formatDoneTime: strings.formatDoneTime,
  });
  try {
    await navigator.clipboard.writeText(text);
    useAnnouncer.getState().announce(strings.copyProgress.copied);
  } catch (error) {
    console.warn('Clipboard write failed; showing the progress to copy by hand.', error);
    useManualCopy.getState().open({
      title: strings.copyProgress.manualTitle,
      label: strings.copyProgress.manualLabel,
      text,
      multiline: true,
      returnFocusTo: BUTTON_ID,
    });
  }
}

/** Copies the whole checklist, with ticks, times and notes, as plain text. */
export const CopyProgressButton = memo(function CopyProgressButton() {
  const strings = useStrings();
  const ready = useIsReady();
  return (
    <button
      id={BUTTON_ID}
      type="button"
      className="button button--secondary"
      disabled={!ready}
      onClick={() => void copyProgress()}
    >
      {strings.copyProgress.button}
    </button>
  );
});
