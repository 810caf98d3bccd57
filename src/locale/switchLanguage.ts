import type { Lang } from '../content/lang.ts';
import { usePrefs } from '../prefs/store.ts';
import { useNotices } from '../status/notices.ts';
import { pageUrlIn } from './pages.ts';
import { loadLocale } from './load.ts';
import { localeStore } from './store.ts';

/**
 * Shows the page in `lang` at once, moves the address to that language's page (so a reload,
 * bookmark or shared link opens in it), and remembers the choice for the next visit.
 */
export async function switchLanguage(lang: Lang): Promise<void> {
  try {
    localeStore.getState().show(await loadLocale(lang));
  } catch (error) {
    console.warn(`The page could not be shown in ${lang}.`, error);
    useNotices.getState().reportLanguageUnavailable();
    return;
  }
  history.replaceState(history.state, '', pageUrlIn(lang, location.href));
  usePrefs.getState().setLang(lang);
}
