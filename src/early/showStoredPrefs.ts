import { DETAILS_HIDDEN_CLASS, DETAILS_TOGGLE_ID } from '../links/domIds.ts';
import { PREFS_KEY } from '../prefs/key.ts';
import { readPrefs } from '../prefs/read.ts';

/**
 * Before the first paint: hides every explanation if the person chose so, as the app's first render
 * does (App.tsx, DetailsToggle.tsx), so that the page does not move when the app starts.
 */
export function showStoredPrefs(page: Document, storage: Storage): void {
  try {
    const raw = storage.getItem(PREFS_KEY);
    if (raw === null || readPrefs((JSON.parse(raw) as { state?: unknown } | null)?.state).showDetails !== false) return;
  } catch {
    return;
  }
  page.querySelector('main')?.classList.add(DETAILS_HIDDEN_CLASS);
  page.getElementById(DETAILS_TOGGLE_ID)?.setAttribute('aria-expanded', 'false');
}
