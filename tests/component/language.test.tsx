import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { renderApp } from './render.tsx';

describe('the English version', () => {
  it('shows the whole page in English at its own address, keeps the progress, and remembers the choice', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: '等待审核' }));
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: /step-by-step checklist/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/^Cancelling a TM/);
    expect(screen.getByRole('checkbox', { name: 'Wait for the review' })).toBeChecked();
    expect(screen.getByText('1 of 12 done')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset progress' })).toBeEnabled();
    expect(JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}').state.lang).toBe('en');
    expect(window.location.pathname, 'a reload opens the English page').toBe('/en/');

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('checkbox', { name: '等待审核' })).toBeChecked();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.location.pathname).toBe('/');
  });
});
