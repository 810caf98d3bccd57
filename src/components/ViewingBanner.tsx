import { allItems, totalItems } from '../content/guide.ts';
import { VIEWING_TEXT_ID } from '../links/domIds.ts';
import { focusPageHeading } from './focus.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { doneCount } from '../progress/derive.ts';
import type { StoredProgress } from '../progress/restore.ts';
import { useProgress } from '../progress/store.ts';

/** While the page shows someone else's progress from a link: says so, and offers the way back. */
export function ViewingBanner({ viewing }: { viewing: StoredProgress }) {
  const text = useOnDemandStrings().progressLink;
  return (
    <div className="notice notice--viewing" role="status">
      <p id={VIEWING_TEXT_ID}>{text.viewing(doneCount(viewing.done, allItems), totalItems)}</p>
      <button
        type="button"
        className="button button--secondary"
        // Taken to it, with what it is about, once looking begins: the page behind is someone else's now.
        autoFocus
        aria-describedby={VIEWING_TEXT_ID}
        onClick={() => {
          useProgress.getState().view(null);
          // The banner and its button go: the page, one's own again, is read from its top.
          focusPageHeading();
        }}
      >
        {text.backToMine}
      </button>
    </div>
  );
}
