import { reportStart } from './early/startReport.ts';
import { loadLocale, pageLang } from './locale/load.ts';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The prerendered page is complete without JavaScript, so let the browser paint it first and only
// then run the app, whose code the page fetches meanwhile (it prefetches it): on a
// slow phone the guide shows as soon as plain HTML would. A hidden tab has no paint to wait for.
function afterFirstPaint(run: () => void) {
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  // The page's text is asked for with the app, not after it.
  const text = loadLocale(pageLang());
  // startApp() handles its failure; should the app itself not load, that needs no second report.
  text.catch(() => {});
  import('./start.tsx')
    .then(({ startApp }) => startApp(root, text))
    .catch((error: unknown) => {
      console.warn('The app could not start.', error);
      reportStart(true);
    });
});
