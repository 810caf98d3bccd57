import { memo } from 'react';
import { currentLocale, useStrings } from '../locale/store.ts';
import { copyText } from '../links/share.ts';
import { progressText } from '../progress/progressText.ts';
import { useLooking } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { useManualCopy } from '../status/manualCopy.ts';

async function copyProgress(button: HTMLElement) {
  const { guide, strings } = currentLocale();
  const text = progressText(guide, useProgress.getState(), strings);
  if ((await copyText(text)) === 'copied') {
    useAnnouncer.getState().announce(strings.copyProgress.copied);
  } else {
    useManualCopy.getState().open({
      title: strings.copyProgress.manualTitle,
      label: strings.copyProgress.manualLabel,
      text,
      multiline: true,
      returnFocusTo: button,
    });
  }
}

/** Copies the whole checklist, with ticks, times and notes, as plain text. */
export const CopyProgressButton = memo(function CopyProgressButton() {
  const strings = useStrings();
  return (
    <button
      type="button"
      className="button button--secondary"
      autoComplete="off"
      disabled={useLooking()}
      onClick={(event) => void copyProgress(event.currentTarget)}
    >
      {strings.copyProgress.button}
    </button>
  );
});
