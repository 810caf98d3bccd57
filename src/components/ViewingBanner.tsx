import { allItems, totalItems } from '../content/guide.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { doneCount } from '../progress/derive.ts';
import type { StoredProgress } from '../progress/restore.ts';
import { useProgress } from '../progress/store.ts';

/** While the page shows someone else's progress from a link: says so, and offers the way back. */
export function ViewingBanner({ viewing }: { viewing: StoredProgress }) {
  const text = useOnDemandStrings().progressLink;
  return (
    <div className="notice notice--viewing" role="status">
      <p>{text.viewing(doneCount(viewing.done, allItems), totalItems)}</p>
      <button
        type="button"
        className="button button--secondary"
        // Taken to it once looking begins: the page behind is someone else's now.
        autoFocus
        onClick={() => useProgress.getState().view(null)}
      >
        {text.backToMine}
      </button>
    </div>
  );
}
