import { useStrings } from '../locale/store.ts';
import { useIsReady } from '../progress/selectors.ts';
import { useNotices } from '../status/notices.ts';
import { Notice } from './Notice.tsx';

/**
 * Says plainly when the other language could not be loaded, and, once the app has started (what it
 * found in storage is not in the page it hydrates), when progress is not being saved or had to be repaired.
 */
export function StatusNotices() {
  const strings = useStrings();
  const ready = useIsReady();
  const notices = useNotices((state) => state);
  return (
    <>
      {ready && notices.saveProblem !== null && <Notice>{strings.storage[notices.saveProblem]}</Notice>}
      {ready && notices.recovered !== null && (
        <Notice onDismiss={notices.dismissRecovered}>{strings.storage.recovered[notices.recovered]}</Notice>
      )}
      {notices.languageUnavailable && (
        <Notice onDismiss={notices.dismissLanguageUnavailable}>{strings.languageUnavailable}</Notice>
      )}
    </>
  );
}
