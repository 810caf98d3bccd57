import { flushSync } from 'react-dom';
import { strings } from '../content/strings.zh-CN.ts';
import { RESET_BUTTON_ID } from '../links/domIds.ts';
import { useLastReset } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';

/** Shown after a reset until the person ticks something again; offers to bring the ticks back. */
export function UndoResetNotice() {
  const lastReset = useLastReset();
  const undoReset = useProgress((state) => state.undoReset);
  const announce = useAnnouncer((state) => state.announce);
  if (lastReset === null) return null;

  function undo() {
    flushSync(undoReset);
    document.getElementById(RESET_BUTTON_ID)?.focus();
    announce(strings.reset.restored);
  }

  return (
    <div className="notice">
      <p id="ui-undo-text">{strings.reset.cleared}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="ui-undo-text"
        autoFocus
        onClick={undo}
      >
        {strings.reset.undo}
      </button>
    </div>
  );
}
