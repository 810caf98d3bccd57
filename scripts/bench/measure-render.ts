import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    firstRenderMs?: number;
  }
}

/** Renders `page` into #root at once and puts how long that took on `window.firstRenderMs`. */
export function measureFirstRender(page: ReactNode): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('no #root');
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(page));
  window.firstRenderMs = performance.now() - start;
}
