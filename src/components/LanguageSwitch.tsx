import { LANGS, LANGUAGE_NAMES } from '../content/locale.ts';
import { useIsReady } from '../progress/selectors.ts';
import { usePrefs } from '../prefs/store.ts';

/** Switches between Chinese and English; the choice is remembered, progress is shared. */
export function LanguageSwitch() {
  const lang = usePrefs((state) => state.lang);
  const ready = useIsReady();
  const other = LANGS.find((candidate) => candidate !== lang) ?? 'en';
  return (
    <button
      type="button"
      className="button button--quiet language-switch"
      lang={other}
      disabled={!ready}
      onClick={() => usePrefs.getState().setLang(other)}
    >
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
