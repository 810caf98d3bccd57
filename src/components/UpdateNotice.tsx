import { useStrings } from '../content/locale.ts';
import { useUpdate } from '../status/update.ts';

/** Offers a new version of the page; the person chooses when to reload. */
export function UpdateNotice() {
  const strings = useStrings();
  const apply = useUpdate((state) => state.apply);
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
