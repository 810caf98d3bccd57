import { LANGS, LANGUAGE_NAMES } from '../content/lang.ts';
import { useLocale } from '../locale/store.ts';
import { switchLanguage } from '../locale/switchLanguage.ts';

/** Switches between Chinese and English; the choice is remembered, progress is shared. */
export function LanguageSwitch() {
  const shown = useLocale((locale) => locale.lang);
  const other = LANGS.find((candidate) => candidate !== shown) ?? 'en';
  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      lang={other}
      onClick={() => void switchLanguage(other)}
    >
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
