import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App.tsx';

/** Renders the whole page the way a visitor meets it, with a user-event session. */
export function renderApp() {
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
