import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { SHOWN_BY } from './early/showStoredProgress.ts';
import { loadLocale, localeStore, pageLang } from './locale/store.ts';
import { useProgress } from './progress/store.ts';
import { useNotices } from './status/notices.ts';

/**
 * Attaches the app to the page: hydrates the prerendered HTML in the language it was rendered in,
 * or renders into an empty root (dev). Should that language's text fail to load, the page is
 * rendered afresh in Chinese, and says so, rather than left unusable.
 */
export async function start(root: HTMLElement): Promise<void> {
  try {
    localeStore.getState().show(await loadLocale(pageLang()));
  } catch (error) {
    console.warn('The page’s language could not be loaded; showing it in Chinese.', error);
    useNotices.getState().reportLanguageUnavailable();
    root.replaceChildren();
  }
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.hasChildNodes()) {
    takeOverFromEarlyScript();
    hydrateRoot(root, app);
  } else {
    // Nothing prerendered to match: everything stored shows from the first render.
    useProgress.getState().showAll();
    createRoot(root).render(app);
  }
  // Offline support is loaded once the page works, so it never delays it.
  void import('./offline.ts').then(({ registerOffline }) => registerOffline(useNotices.getState().offerUpdate));
}

/**
 * The early script (src/early/) may have shown the stored ticks before the app started, and
 * stored taps since: the app reads what is stored now, shows what the page shows, so that it
 * hydrates the page as it is, and takes over the boxes.
 */
function takeOverFromEarlyScript() {
  const page = document.documentElement;
  void useProgress.persist.rehydrate();
  useProgress.getState().showTicks(page.getAttribute(SHOWN_BY) === 'shown');
  page.setAttribute(SHOWN_BY, 'app');
}
