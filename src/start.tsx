import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { reportStart } from './early/startReport.ts';
import type { Locale } from './content/lang.ts';
import { loadLocale } from './locale/load.ts';
import { localeStore } from './locale/store.ts';
import { STAGE_ATTRIBUTE } from './progress/stage.ts';
import { useProgress } from './progress/store.ts';
import { useNotices } from './status/notices.ts';

/**
 * Attaches the app to the page: hydrates the prerendered HTML with its language's `text` (fetched
 * alongside the app, src/main.tsx), or renders into an empty root (dev). Should that text fail to
 * load, the page is rendered afresh in Chinese, and says so, rather than left unusable.
 */
export async function startApp(root: HTMLElement, text: Promise<Locale>): Promise<void> {
  try {
    localeStore.getState().show(await text);
  } catch (error) {
    console.warn('The page’s language could not be loaded; showing it in Chinese.', error);
    useNotices.getState().reportLanguageUnavailable();
    localeStore.getState().show(await loadLocale('zh-CN'));
    root.replaceChildren();
  }
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  const options = {
    // A part of the page that fails says so in its place (FailsAlone.tsx); this is why.
    onCaughtError: (error: unknown) => console.warn('A part of the page failed.', error),
    onUncaughtError: (error: unknown) => {
      console.error('The app failed.', error);
      reportStart(true);
    },
  };
  // What is stored now, the taps the early script stored included. The page is hydrated as the early
  // script showed it (or as built), or drawn afresh; App.tsx then takes it over.
  void useProgress.persist.rehydrate();
  if (document.documentElement.getAttribute(STAGE_ATTRIBUTE) === 'early') useProgress.getState().enter('hydrating');
  if (root.hasChildNodes()) hydrateRoot(root, app, options);
  else createRoot(root, options).render(app);
  // Offline support is loaded once the page works, so it never delays it; without it, the page works on.
  import('./offline.ts')
    .then(({ registerOffline }) => registerOffline(useNotices.getState().offerUpdate))
    .catch((error: unknown) => console.warn('Offline support could not be loaded.', error));
}
