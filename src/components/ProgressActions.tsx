import { memo, useState } from 'react';
import { useStrings } from '../locale/store.ts';
import { CopyProgressButton } from './CopyProgressButton.tsx';
import { ResetControl } from './ResetControl.tsx';
import { SendProgress } from './SendProgress.tsx';
import { TransferControls } from './TransferControls.tsx';

/**
 * The one place where progress moves: 发送进度 first, and behind 更多, one tap away, copying it as
 * text, exporting and importing it as a file, and resetting it.
 */
export const ProgressActions = memo(function ProgressActions() {
  const strings = useStrings();
  const [open, setOpen] = useState(false);
  return (
    <div className="summary__actions">
      <SendProgress />
      <button
        type="button"
        className="button button--quiet more-toggle"
        aria-expanded={open}
        aria-label={strings.more.progressLabel}
        onClick={() => setOpen(!open)}
      >
        {strings.more.button}
      </button>
      {open && (
        <div className="summary__more">
          <CopyProgressButton />
          <TransferControls />
          <ResetControl />
        </div>
      )}
    </div>
  );
});
