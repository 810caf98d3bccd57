// The app over a generated 1,000-item guide (swapped in by scripts/bench/run.mjs), timing its first render.
import { App } from '../../src/App.tsx';
import '../../src/styles/index.css';
import { measureFirstRender } from './measure-render.ts';

measureFirstRender(<App />);
