import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    firstRenderMs?: number;
  }
}

/**
 * Renders `page` into #root at once, between two performance marks (the benchmark reads the main
 * thread's CPU time between them), and puts how long that took by the clock on `window.firstRenderMs`.
 */
export function measureFirstRender(page: ReactNode): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('no #root');
  const root = createRoot(container);
  performance.mark('first-render-start');
  const start = performance.now();
  flushSync(() => root.render(page));
  window.firstRenderMs = performance.now() - start;
  performance.mark('first-render-end');
}
