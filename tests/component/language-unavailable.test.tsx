import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_NAMES } from '../../src/content/lang.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { loadLocale, pageLang } from '../../src/locale/load.ts';
import { startApp } from '../../src/start.tsx';
import { guideIn, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';

// As when offline before the English text was ever cached: fetching it fails.
vi.mock('../../src/content/locale.en.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/offline.ts', () => ({ registerOffline: () => {} }));

const waitForReview = item('wait-for-review');

describe('when the English text cannot be loaded', () => {
  it('the switch says so, and the page stays as it was', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: waitForReview.title }));
    await user.click(screen.getByRole('button', { name: LANGUAGE_NAMES.en }));

    expect(await screen.findByText(strings.languageUnavailable)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(guideIn('zh-CN').title);
    expect(screen.getByRole('checkbox', { name: waitForReview.title })).toBeChecked();
    expect(window.location.pathname).toBe('/');
    expect(localStorage.getItem(PREFS_KEY) ?? '').not.toContain('"en"');
  });

  it('the English page starts in Chinese, usable, and says so', async () => {
    document.documentElement.lang = 'en';
    const root = document.createElement('div');
    root.innerHTML = `<h1>${guideIn('en').title}</h1>`;
    document.body.append(root);

    await act(() => startApp(root, loadLocale(pageLang())));

    expect(await screen.findByText(strings.languageUnavailable)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(guideIn('zh-CN').title);
    expect(screen.getByRole('checkbox', { name: waitForReview.title })).toBeEnabled();
    expect(document.documentElement.lang).toBe('zh-CN');
    root.remove();
  });
});
