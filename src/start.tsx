import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadLocale, localeStore, pageLang } from './content/locale.ts';
import { useLanguageProblem } from './status/languageProblem.ts';
import { useUpdate } from './status/update.ts';

/**
 * Attaches the app to the page: hydrates the prerendered HTML in the language it was rendered in,
 * or renders into an empty root (dev). Should that language's text fail to load, the page is
 * rendered afresh in Chinese, and says so, rather than left unusable.
 */
export async function start(root: HTMLElement): Promise<void> {
  try {
    localeStore.getState().show(await loadLocale(pageLang()));
  } catch {
    useLanguageProblem.getState().report();
    root.replaceChildren();
  }
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.hasChildNodes()) hydrateRoot(root, app);
  else createRoot(root).render(app);
  // Offline support is loaded once the page works, so it never delays it.
  void import('./offline.ts').then(({ registerOffline }) => registerOffline(useUpdate.getState().offer));
}
