import { allItems, totalItems } from '../content/guide.ts';
import { useStrings } from '../locale/store.ts';
import { doneCount } from '../progress/derive.ts';
import { useViewing } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';

/** While the page shows someone else's progress from a link: says so, and offers the way back. */
export function ViewingBanner() {
  const strings = useStrings();
  const viewing = useViewing();
  if (viewing === null) return null;
  return (
    <div className="notice notice--viewing" role="status">
      <p>{strings.progressLink.viewing(doneCount(viewing.done, allItems), totalItems)}</p>
      <button
        type="button"
        className="button button--secondary"
        // Taken to it once looking begins: the page behind is someone else's now.
        autoFocus
        onClick={() => useProgress.getState().view(null)}
      >
        {strings.progressLink.backToMine}
      </button>
    </div>
  );
}
