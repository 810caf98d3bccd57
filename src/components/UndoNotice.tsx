import { flushSync } from 'react-dom';
import { useStrings } from '../content/locale.ts';
import { RESET_BUTTON_ID } from '../links/domIds.ts';
import { useUndoable } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';

/**
 * Shown after a reset or an import until the person ticks something again; offers to bring back
 * what was there before.
 */
export function UndoNotice() {
  const strings = useStrings();
  const undoable = useUndoable();
  const announce = useAnnouncer((state) => state.announce);
  if (undoable === null) return null;

  function undo() {
    flushSync(useProgress.getState().undo);
    document.getElementById(RESET_BUTTON_ID)?.focus();
    announce(strings.reset.restored);
  }

  return (
    <div className="notice">
      <p id="ui-undo-text">{undoable.cause === 'reset' ? strings.reset.cleared : strings.transfer.imported}</p>
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
