import { START_FAILED_ID } from '../links/domIds.ts';
import { START_EVENT } from './startReport.ts';

/**
 * Before the app: shows the prerendered notice that it could not start (StartFailedNotice.tsx), whose
 * 刷新 reloads, if one of the page's scripts cannot be loaded (the page's own entry, after a deploy
 * or on a broken network), if the app reports that it failed (startReport.ts: a script or text
 * fetched later, or an error as it starts), or if it has not started `wait` ms on (a request that
 * never answers). Should the app then start, the notice goes.
 */
export function watchStart(wait: number): void {
  const notice = document.getElementById(START_FAILED_ID);
  const reload = notice?.querySelector('button');
  if (!notice || !reload) return;
  let reported = false;
  const show = () => (notice.hidden = false);
  reload.onclick = () => location.reload();
  addEventListener(
    'error',
    (event) => {
      // Once the app has said how it started, a script that fails later (an extension's) is not ours to report.
      if (event.target instanceof HTMLScriptElement && !reported) show();
    },
    true,
  );
  addEventListener(START_EVENT, (event) => {
    reported = true;
    notice.hidden = !(event as CustomEvent<boolean>).detail;
  });
  setTimeout(() => reported || show(), wait);
}
