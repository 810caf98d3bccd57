import { useEffect } from 'react';
import { usePrefs } from '../prefs/store.ts';
import { loadLocale, useLocale } from './locale.ts';

/** Shows the page in the language the person chose, and tells the browser which one it is. */
export function useFollowLanguage(): void {
  const lang = usePrefs((state) => state.lang);
  const shown = useLocale((state) => state.locale);

  useEffect(() => {
    if (shown.lang === lang) return;
    let current = true;
    loadLocale(lang).then(
      (locale) => current && useLocale.getState().show(locale),
      (error: unknown) => console.warn(`The ${lang} version could not be loaded.`, error),
    );
    return () => {
      current = false;
    };
  }, [lang, shown.lang]);

  useEffect(() => {
    document.documentElement.lang = shown.lang;
    document.title = shown.guide.title;
  }, [shown]);
}
