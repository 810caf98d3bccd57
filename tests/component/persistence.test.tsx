import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { item } from '../support/guide.ts';
import { renderApp } from './render.tsx';

// A file of its own: the page asks at most once, so this needs a page (module) that has not asked.

const checkbox = (id: string) => screen.getByRole('checkbox', { name: item(id).title });
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

it('asks the browser to keep progress only at the first tick, and once', async () => {
  const storage = { persisted: vi.fn(() => Promise.resolve(false)), persist: vi.fn(() => Promise.resolve(true)) };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  const { user } = renderApp();
  await settled();
  expect(storage.persist).not.toHaveBeenCalled();

  await user.click(checkbox('settle-bills'));
  await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
  await user.click(checkbox('keep-records'));
  await user.click(checkbox('settle-bills'));
  await settled();
  expect(storage.persist).toHaveBeenCalledTimes(1);
});
