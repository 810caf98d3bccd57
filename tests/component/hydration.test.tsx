import { act, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App.tsx';
import { render as prerender } from '../../src/entry-server.tsx';
import { STORAGE_KEY, useProgress } from '../../src/progress/store.ts';

describe('hydrating the prerendered page', () => {
  it('attaches with no mismatch, then shows the stored ticks', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { done: { 'keep-records': null } }, version: 1 }));
    await useProgress.persist.rehydrate();

    const container = document.createElement('div');
    container.innerHTML = prerender();
    document.body.append(container);
    expect(screen.getByRole('checkbox', { name: '保存好注销凭证' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '保存好注销凭证' })).not.toBeChecked();

    const consoleError = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(
        container,
        <StrictMode>
          <App />
        </StrictMode>,
        { onRecoverableError: (error) => recoverable.push(error) },
      ),
    );

    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: '保存好注销凭证' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '保存好注销凭证' })).toBeEnabled();
    act(() => root.unmount());
    container.remove();
  });
});
