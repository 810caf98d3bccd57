import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';

/** Attaches the app to the page: hydrates the prerendered HTML, or renders into an empty root (dev). */
export function start(root: HTMLElement): void {
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
