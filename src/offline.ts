import { registerSW } from 'virtual:pwa-register';
import { useNotices } from './status/notices.ts';

/** Registers the service worker that keeps the page working offline, and offers new versions. */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => useNotices.getState().offerUpdate(() => void update(true)),
    onRegisterError: (error: unknown) => console.warn('The page will not work offline.', error),
  });
}
