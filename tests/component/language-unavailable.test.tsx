import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { start } from '../../src/start.tsx';
import { renderApp } from './render.tsx';

// As when offline before the English text was ever cached: fetching it fails.
vi.mock('../../src/content/locale.en.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/offline.ts', () => ({ registerOffline: () => {} }));

describe('when the English text cannot be loaded', () => {
  it('the switch says so, and the page stays as it was', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: '等待审核' }));
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByText(/英文版没能加载/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('注销 TM 卡保号卡');
    expect(screen.getByRole('checkbox', { name: '等待审核' })).toBeChecked();
    expect(window.location.pathname).toBe('/');
    expect(localStorage.getItem(PREFS_KEY) ?? '').not.toContain('"en"');
  });

  it('the English page starts in Chinese, usable, and says so', async () => {
    document.documentElement.lang = 'en';
    const root = document.createElement('div');
    root.innerHTML = '<h1>Cancelling a TM number-keeping SIM: a step-by-step checklist</h1>';
    document.body.append(root);

    await act(() => start(root));

    expect(await screen.findByText(/英文版没能加载/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('注销 TM 卡保号卡');
    expect(screen.getByRole('checkbox', { name: '等待审核' })).toBeEnabled();
    expect(document.documentElement.lang).toBe('zh-CN');
    root.remove();
  });
});
