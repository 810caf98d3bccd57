import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/content/locale.en.ts';
import { tickableIds as tickable } from '../../src/content/guide.ts';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import { STAGE_ATTRIBUTE } from '../../src/progress/stage.ts';
import { showStoredPrefs } from '../../src/early/showStoredPrefs.ts';
import { showStoredProgress } from '../../src/early/showStoredProgress.ts';
import { render as prerender } from '../../src/entry-server.tsx';
import { DETAILS_HIDDEN_CLASS } from '../../src/links/domIds.ts';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { usePrefs } from '../../src/prefs/store.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { loadLocale, pageLang } from '../../src/locale/load.ts';
import { startApp } from '../../src/start.tsx';
import { item, STEP_COUNT } from '../support/guide.ts';

vi.mock('../../src/offline.ts', () => ({ registerOffline: () => {} }));

const NOTE = '凭证在抽屉里';
/** A step done, a part of another, and a note. */
const STORED = {
  state: {
    done: { 'keep-records': '2026-11-20T08:00:00.000Z', 'return-sim-card': null },
    notes: { 'keep-records': NOTE },
  },
  version: 2,
};

beforeEach(() => {
  // As a page that has not read anything yet. (The store may save this: storage is set up after.)
  useProgress.setState(useProgress.getInitialState(), true);
  usePrefs.setState(usePrefs.getInitialState(), true);
  localStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute(STAGE_ATTRIBUTE);
});

/** The page as built, in `locale`'s language. (The prerender leaves that language shown, as startApp() would.) */
function builtPage(locale: typeof zhCN) {
  const root = document.createElement('div');
  root.innerHTML = prerender(locale);
  document.documentElement.lang = locale.lang;
  document.body.append(root);
  return root;
}

/** Starts the app on `root`, returning every error React reported: a mismatch is one. */
async function startReportingErrors(root: HTMLElement) {
  // React reports a mismatch as a console error, or (React 19) through window.reportError.
  const consoleError = vi.spyOn(console, 'error');
  const reported: unknown[] = [];
  const onError = (event: ErrorEvent) => reported.push(event.error);
  window.addEventListener('error', onError);
  try {
    await act(() => startApp(root, loadLocale(pageLang())));
  } finally {
    window.removeEventListener('error', onError);
  }
  return [...reported, ...consoleError.mock.calls];
}

describe.each([zhCN, en])('the prerendered $lang page', (locale) => {
  const keepRecords = () => screen.getByRole('checkbox', { name: item('keep-records', locale.lang).title });
  const doneCount = (done: number) => screen.getByText(locale.strings.doneCount(done, STEP_COUNT));
  const savedNote = () => screen.getByText(NOTE);

  it('shows the stored ticks before the app starts, and hydrates as it is, with no mismatch; then shows everything', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(STORED));
    const root = builtPage(locale);
    expect(keepRecords()).toBeDisabled();
    expect(keepRecords()).not.toBeChecked();

    showStoredProgress(document, localStorage, locale.strings);
    expect(keepRecords()).toBeChecked();
    expect(keepRecords()).toBeEnabled();
    expect(doneCount(1)).toBeInTheDocument();
    expect(savedNote()).toBeVisible();

    expect(await startReportingErrors(root)).toEqual([]);
    expect(keepRecords()).toBeChecked();
    expect(doneCount(1)).toBeInTheDocument();
    expect(savedNote()).toBeVisible();
  });

  it('shows the explanations hidden before the app starts if the person chose so, and hydrates with no mismatch', async () => {
    const root = builtPage(locale);
    localStorage.setItem(PREFS_KEY, JSON.stringify({ state: { showDetails: false, lang: locale.lang }, version: 1 }));
    // As the app's code reads it when it loads.
    void usePrefs.persist.rehydrate();
    // Both labels are in the page; its stylesheet shows the one its state names (not loaded here).
    const toggle = () => screen.getByRole('button', { name: new RegExp(locale.strings.details.show) });
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');

    showStoredPrefs(document, localStorage);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('main')).toHaveClass(DETAILS_HIDDEN_CLASS);

    expect(await startReportingErrors(root)).toEqual([]);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toBeEnabled();
    expect(screen.getByRole('main')).toHaveClass(DETAILS_HIDDEN_CLASS);
  });

  it('with nothing stored, takes ticks before the app starts and hydrates with no mismatch', async () => {
    const root = builtPage(locale);
    showStoredProgress(document, localStorage, locale.strings);
    act(() => keepRecords().click());
    expect(keepRecords()).toBeChecked();
    expect(doneCount(1)).toBeInTheDocument();

    expect(await startReportingErrors(root)).toEqual([]);
    expect(keepRecords()).toBeChecked();
    expect(useProgress.getState().done).toHaveProperty('keep-records');
  });

  it('keeps a tap made after the app has taken the page over but before it has hydrated it', async () => {
    const root = builtPage(locale);
    showStoredProgress(document, localStorage, locale.strings);
    await startApp(root, loadLocale(pageLang())); // React hydrates in a task of its own, after this tap
    keepRecords().click();
    await act(async () => {
      await new Promise((settled) => setTimeout(settled, 50));
    });
    expect(keepRecords()).toBeChecked();
    expect(doneCount(1)).toBeInTheDocument();
    expect(useProgress.getState().done).toHaveProperty('keep-records');
    expect(localStorage.getItem(STORAGE_KEY)).toContain('keep-records');
  });

  it('finishing the list before the app starts hydrates with no mismatch', async () => {
    const allButLast: Record<string, null> = {};
    for (const id of tickable) if (id !== 'keep-records') allButLast[id] = null;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { done: allButLast, notes: {} }, version: 2 }));
    const root = builtPage(locale);
    showStoredProgress(document, localStorage, locale.strings);
    act(() => keepRecords().click());
    expect(doneCount(STEP_COUNT)).toBeInTheDocument();

    expect(await startReportingErrors(root)).toEqual([]);
    expect(doneCount(STEP_COUNT)).toBeInTheDocument();
  });

  it('leaves stored progress that must be repaired to the app, which hydrates the page as built', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...STORED, state: { ...STORED.state, extra: 1 } }));
    const root = builtPage(locale);
    showStoredProgress(document, localStorage, locale.strings);
    expect(keepRecords()).toBeDisabled();
    expect(keepRecords()).not.toBeChecked();

    expect(await startReportingErrors(root)).toEqual([]);
    expect(keepRecords()).toBeChecked();
    expect(keepRecords()).toBeEnabled();
  });
});
