// The app over a generated 1,000-item guide (swapped in by scripts/bench/run.mjs), timing its first render.
import { App } from '../../src/App.tsx';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import { localeStore } from '../../src/locale/store.ts';
import { useProgress } from '../../src/progress/store.ts';
import '../../src/styles/index.css';
import { measureFirstRender } from './measure-render.ts';

// As src/start.tsx renders a page with nothing prerendered: its text shown, and all of the
// progress from the start.
localeStore.getState().show(zhCN);
useProgress.getState().enter('app');
measureFirstRender(<App />);
