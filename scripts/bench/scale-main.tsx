// The app over a generated 1,000-item guide (swapped in by scripts/bench/run.mjs), timing its first render.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/App.tsx';
import '../../src/styles/index.css';

declare global {
  interface Window {
    firstRenderMs?: number;
  }
}

const container = document.getElementById('root');
if (container === null) throw new Error('no #root');
const root = createRoot(container);
const start = performance.now();
flushSync(() => root.render(<App />));
window.firstRenderMs = performance.now() - start;
