import { Workbox } from 'workbox-window';
import { trustedWorkerUrl } from './serviceWorkerUrl.ts';

/**
 * Registers the service worker that keeps the page working offline. A new version is never swapped
 * in silently: `offer` is given the function that swaps it in, for the person to call. Only the tab
 * whose person calls it reloads; every other tab keeps what it shows (someone's progress being
 * looked at, an undo on offer) and offers to reload once the new version controls it.
 *
 * Nothing here is shared with the rest of the app or loaded lazily, so that this module's chunk
 * has nothing to preload: Vite's preload helper would ask again for the entry chunk, which is
 * already running, and Firefox reports an error for that preload on every visit.
 */
export function registerOffline(offer: (apply: () => void) => void): void {
  // The dev server has no service worker to register.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(trustedWorkerUrl(`${base}sw.js`), { scope: base });
  let registration: ServiceWorkerRegistration | undefined;
  let asked = false;
  /** The person's choice: swap the waiting version in, or, once another tab has, reload into it. */
  const apply = () => {
    const waiting = registration?.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    asked = true;
    // Once it is in charge, whether or not it controls this tab (a first visit's is not controlled).
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') window.location.reload();
    });
    workbox.messageSkipWaiting();
  };
  // A new version is installed, here or from another tab, and waits for a tab to let it in.
  workbox.addEventListener('waiting', () => offer(apply));
  // Another tab let it in: this one keeps what it shows, and offers to reload.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate && !asked) offer(apply);
  });
  workbox
    .register()
    .then((registered) => {
      registration = registered;
    })
    .catch((error: unknown) => console.warn('The page will not work offline.', error));
}
