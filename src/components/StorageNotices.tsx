import { useStrings } from '../locale/store.ts';
import { useIsReady } from '../progress/selectors.ts';
import { useNotices } from '../status/notices.ts';
import { Notice } from './Notice.tsx';

/**
 * Says plainly when progress is not being saved, or when stored progress had to be repaired: once
 * the app has started (what it found as it read storage is not in the page it hydrates).
 */
export function StorageNotices() {
  const strings = useStrings();
  const ready = useIsReady();
  const { saveProblem, recovered, dismissRecovered } = useNotices((state) => state);

  if (!ready) return null;
  return (
    <>
      {saveProblem !== null && <Notice>{strings.storage[saveProblem]}</Notice>}
      {recovered !== null && (
        <Notice onDismiss={dismissRecovered} dismissLabel={strings.dismiss}>
          {strings.storage.recovered[recovered]}
        </Notice>
      )}
    </>
  );
}
