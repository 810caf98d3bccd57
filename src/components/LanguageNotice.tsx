import { useStrings } from '../locale/store.ts';
import { useNotices } from '../status/notices.ts';
import { Notice } from './Notice.tsx';

/** Says so when the other language could not be loaded, rather than leaving a switch that does nothing. */
export function LanguageNotice() {
  const strings = useStrings();
  const unavailable = useNotices((state) => state.languageUnavailable);
  if (!unavailable) return null;
  return (
    <Notice onDismiss={useNotices.getState().dismissLanguageUnavailable} dismissLabel={strings.dismiss}>
      {strings.languageUnavailable}
    </Notice>
  );
}
