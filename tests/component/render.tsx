import { render } from '@testing-library/react';
import userEvent, { type Options } from '@testing-library/user-event';
import { App } from '../../src/App.tsx';

/**
 * Renders the whole page the way a visitor meets it, with a user-event session. Tests with fake
 * timers pass `{ advanceTimers: vi.advanceTimersByTime }`.
 */
export function renderApp(options?: Options) {
  const user = userEvent.setup(options);
  return { user, ...render(<App />) };
}
