import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES } from '../../src/content/lang.ts';
import { stringsEn } from '../../src/content/strings.en.ts';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { STEP_COUNT, guideIn, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { progressAction } from './controls.ts';

describe('the English version', () => {
  it('shows the whole page in English at its own address, keeps the progress, and remembers the choice', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: item('wait-for-review').title }));
    await user.click(screen.getByRole('button', { name: LANGUAGE_NAMES.en }));

    expect(await screen.findByRole('heading', { level: 1, name: guideIn('en').title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(guideIn('en').title);
    expect(screen.getByRole('checkbox', { name: item('wait-for-review', 'en').title })).toBeChecked();
    expect(screen.getByText(stringsEn.doneCount(1, STEP_COUNT))).toBeInTheDocument();
    expect(await progressAction(user, stringsEn.reset.button, stringsEn)).toBeEnabled();
    // Stored as every version has stored it: the two choices alone, in their envelope.
    expect(localStorage.getItem(PREFS_KEY)).toBe('{"state":{"showDetails":true,"lang":"en"},"version":1}');
    expect(window.location.pathname, 'a reload opens the English page').toBe('/en/');

    await user.click(screen.getByRole('button', { name: LANGUAGE_NAMES['zh-CN'] }));
    expect(await screen.findByRole('checkbox', { name: item('wait-for-review').title })).toBeChecked();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.location.pathname).toBe('/');
  });
});
