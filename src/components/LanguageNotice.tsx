import { useStrings } from '../content/locale.ts';
import { useLanguageProblem } from '../status/languageProblem.ts';
import { Notice } from './Notice.tsx';

/** Says so when the other language could not be loaded, rather than leaving a switch that does nothing. */
export function LanguageNotice() {
  const strings = useStrings();
  const unavailable = useLanguageProblem((state) => state.unavailable);
  if (!unavailable) return null;
  return (
    <Notice onDismiss={useLanguageProblem.getState().dismiss} dismissLabel={strings.dismiss}>
      {strings.languageUnavailable}
    </Notice>
  );
}
