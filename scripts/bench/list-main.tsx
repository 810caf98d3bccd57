// The reference for the app's first render: the same 1,000 items as a bare React list (a checkbox,
// its label and its explanation each), timed the same way, alongside it, on the same machine.
import { stepsOf } from '../../src/content/guide.ts';
import '../../src/styles/index.css';
import { makeLargeGuide } from '../../tests/fixtures/large-guide.ts';
import { measureFirstRender } from './measure-render.ts';

const items = stepsOf(makeLargeGuide(1000));

/** A component, like the app, so that its elements too are made inside the timed render. */
function BareList() {
  return (
    <ol>
      {items.map((item) => (
        <li key={item.id} id={item.id}>
          <input id={`box-${item.id}`} type="checkbox" aria-describedby={`detail-${item.id}`} />
          <label htmlFor={`box-${item.id}`}>{item.title}</label>
          <p id={`detail-${item.id}`}>{item.detail}</p>
        </li>
      ))}
    </ol>
  );
}

measureFirstRender(<BareList />);
