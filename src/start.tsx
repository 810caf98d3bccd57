import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadLocale, localeStore, pageLang } from './content/locale.ts';

/**
 * Attaches the app to the page: hydrates the prerendered HTML in the language it was rendered in,
 * or renders into an empty root (dev).
 */
export async function start(root: HTMLElement): Promise<void> {
  localeStore.getState().show(await loadLocale(pageLang()));
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.hasChildNodes()) hydrateRoot(root, app);
  else createRoot(root).render(app);
  // Offline support is loaded once the page works, so it never delays it.
  void import('./offline.ts').then(({ registerOffline }) => registerOffline());
}
