import { usePrefs } from '../prefs/store.ts';
import { useLanguageProblem } from '../status/languageProblem.ts';
import { loadLocale, localeStore, type Lang } from './locale.ts';
import { pageUrlIn } from './pages.ts';

/**
 * Shows the page in `lang` at once, moves the address to that language's page (so a reload,
 * bookmark or shared link opens in it), and remembers the choice for the next visit.
 */
export async function switchLanguage(lang: Lang): Promise<void> {
  try {
    localeStore.getState().show(await loadLocale(lang));
  } catch {
    useLanguageProblem.getState().report();
    return;
  }
  history.replaceState(history.state, '', pageUrlIn(lang, location.href));
  usePrefs.getState().setLang(lang);
}
