import { useStrings } from '../locale/store.ts';
import { useNotices } from '../status/notices.ts';

/** Offers a new version of the page; the person chooses when to reload. */
export function UpdateNotice() {
  const strings = useStrings();
  const apply = useNotices((state) => state.applyUpdate);
  if (apply === null) return null;
  return (
    <div className="notice" role="status">
      <p>{strings.update.available}</p>
      <button type="button" className="button button--secondary" onClick={apply}>
        {strings.update.reload}
      </button>
    </div>
  );
}
