import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import { StartFailedNotice } from './components/StartFailedNotice.tsx';
import { LANGS, type Lang, type Locale } from './content/lang.ts';
import { PAGE_PATHS } from './locale/pages.ts';
import { loadLocale } from './locale/load.ts';
import { loadOnDemand } from './locale/onDemand.ts';
import { localeStore } from './locale/store.ts';

/** The app's first HTML in one language, rendered at build time before any storage is read. */
export function render(locale: Locale): string {
  localeStore.getState().show(locale);
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** One language's page as the build fills it into index.html (build/pageFromTemplate.ts). */
async function renderPage(lang: Lang) {
  const locale = await loadLocale(lang);
  return {
    lang,
    /** Where the page is served under the site's base, e.g. `en/` (src/locale/pages.ts). */
    path: PAGE_PATHS[lang],
    title: locale.guide.title,
    description: locale.strings.pageDescription,
    /** The app, rendered: what goes into `<div id="root">`. */
    body: render(locale),
    /** Beside the app, hidden: what the page says should the app not start. */
    startFailed: renderToString(
      <StartFailedNotice text={(await loadOnDemand(lang)).startFailed} reload={locale.strings.update.reload} />,
    ),
  };
}

export type RenderedPage = Awaited<ReturnType<typeof renderPage>>;

/** The guide prerendered in each language. Called by the build (build/pages.ts). */
export const renderPages = (): Promise<RenderedPage[]> => Promise.all(LANGS.map(renderPage));
