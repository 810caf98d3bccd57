import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that keeps the page working offline. A new version is never swapped
 * in silently: `offer` is given the function that swaps it in, for the person to call.
 *
 * Nothing here is shared with the rest of the app or loaded lazily, so that this module's chunk
 * has nothing to preload: Vite's preload helper would ask again for the entry chunk, which is
 * already running, and Firefox reports an error for that preload on every visit.
 */
export function registerOffline(offer: (apply: () => void) => void): void {
  // The dev server has no service worker to register.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  // A new version is installed, here or from another tab, and waits for this one to let go.
  workbox.addEventListener('waiting', () => {
    // Once it takes over (from this tab or another), the page reloads into it.
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    offer(() => workbox.messageSkipWaiting());
  });
  workbox.register().catch((error: unknown) => console.warn('The page will not work offline.', error));
}
