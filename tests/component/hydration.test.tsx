import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/content/locale.en.ts';
import { localeStore } from '../../src/locale/store.ts';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import { render as prerender } from '../../src/entry-server.tsx';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { start } from '../../src/start.tsx';
import { item } from '../support/guide.ts';

vi.mock('../../src/offline.ts', () => ({ registerOffline: () => {} }));

describe.each([zhCN, en])('starting on the prerendered $lang page', (locale) => {
  const step = item('keep-records', locale.lang).title;

  it('hydrates it in its language with no mismatch, then shows the stored ticks and notes', async () => {
    const note = '凭证在抽屉里';
    const stored = { state: { done: { 'keep-records': null }, notes: { 'keep-records': note } }, version: 2 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    await useProgress.persist.rehydrate();

    // The page as built: prerendered in its language, with nothing of that left in the app's state.
    const root = document.createElement('div');
    root.innerHTML = prerender(locale);
    localeStore.setState(localeStore.getInitialState(), true);
    document.documentElement.lang = locale.lang;
    document.body.append(root);
    expect(screen.getByRole('checkbox', { name: step })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: step })).not.toBeChecked();

    // React reports a mismatch as a console error, or (React 19) through window.reportError.
    const consoleError = vi.spyOn(console, 'error');
    const reported: unknown[] = [];
    const onError = (event: ErrorEvent) => reported.push(event.error);
    window.addEventListener('error', onError);
    await act(() => start(root));
    window.removeEventListener('error', onError);

    expect(reported).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: step })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: step })).toBeEnabled();
    expect(screen.getByRole('textbox', { name: locale.strings.note.fieldLabel(step) })).toHaveValue(note);
    expect(screen.getByText(locale.strings.note.line(note))).toBeInTheDocument();
    root.remove();
  });
});
