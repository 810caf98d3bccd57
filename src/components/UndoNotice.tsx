import { flushSync } from 'react-dom';
import { RESET_BUTTON_ID, UNDO_TEXT_ID } from '../links/domIds.ts';
import { returnFocus } from './focus.ts';
import { useStrings } from '../locale/store.ts';
import { useUndoable } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { useAnnouncer } from '../status/announcer.ts';

/**
 * Shown after a reset or an import until the person ticks something again; offers to bring back
 * what was there before, and says what it brought back.
 */
export function UndoNotice() {
  const strings = useStrings();
  const undoable = useUndoable();
  if (undoable === null) return null;
  const { replaced, undone } = {
    reset: { replaced: strings.reset.cleared, undone: strings.reset.restored },
    import: { replaced: strings.transfer.imported, undone: strings.transfer.undone },
    'partial-import': { replaced: strings.transfer.partial, undone: strings.transfer.undone },
    'link-take': { replaced: strings.progressLink.taken, undone: strings.progressLink.undone },
    'link-merge': { replaced: strings.progressLink.merged, undone: strings.progressLink.undone },
  }[undoable.cause];

  function undo() {
    flushSync(useProgress.getState().undo);
    // Where nothing is left to reset, the button is disabled.
    returnFocus(document.getElementById(RESET_BUTTON_ID));
    useAnnouncer.getState().announce(undone);
  }

  return (
    <div className="notice">
      <p id={UNDO_TEXT_ID}>{replaced}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={UNDO_TEXT_ID}
        autoFocus
        onClick={undo}
      >
        {strings.reset.undo}
      </button>
    </div>
  );
}
