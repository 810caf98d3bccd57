import { act, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App.tsx';
import { en } from '../../src/content/locale.en.ts';
import { localeStore } from '../../src/content/locale.ts';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import { render as prerender } from '../../src/entry-server.tsx';
import { STORAGE_KEY, useProgress } from '../../src/progress/store.ts';

describe.each([
  { locale: zhCN, step: '保存好注销凭证' },
  { locale: en, step: 'Keep the cancellation records' },
])('hydrating the prerendered $locale.lang page', ({ locale, step }) => {
  it('attaches with no mismatch, then shows the stored ticks', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { done: { 'keep-records': null } }, version: 1 }));
    await useProgress.persist.rehydrate();

    const container = document.createElement('div');
    container.innerHTML = prerender(locale);
    document.body.append(container);
    expect(screen.getByRole('checkbox', { name: step })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: step })).not.toBeChecked();

    // As src/start.tsx does: the page's language is shown before hydrating.
    localeStore.getState().show(locale);
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
    expect(screen.getByRole('checkbox', { name: step })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: step })).toBeEnabled();
    act(() => root.unmount());
    container.remove();
  });
});
