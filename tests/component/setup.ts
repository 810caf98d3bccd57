import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// `findBy…` and `waitFor` wait for a condition, but give up after 1 s by default: too soon when the
// processor is shared and the awaited step loads a module (the English text, say). They still
// return as soon as the condition holds.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has neither modal dialogs nor scrolling. These stand-ins do only what the app relies on
// from the browser (open a <dialog>, fire `close`); Escape and scrolling are covered end to end.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

Element.prototype.scrollIntoView = () => {};

// Nor media queries: here the person asks for no motion, and every other query is false.
window.matchMedia = (query: string) =>
  Object.assign(new EventTarget(), {
    media: query,
    matches: query === '(prefers-reduced-motion: reduce)',
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
  });

// Testing Library waits for React with a timer, and advances fake timers for it only through a
// global `jest`: give it Vitest's, so tests with fake timers do not hang.
Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } });

beforeEach(async () => {
  // Imported here, not at the top, so that a test file's vi.mock of the guide applies to the store.
  const [{ useProgress }, { useAnnouncer }, { useNotices }, { useManualCopy }, { usePrefs }] = await Promise.all([
    import('../../src/progress/store.ts'),
    import('../../src/status/announcer.ts'),
    import('../../src/status/notices.ts'),
    import('../../src/status/manualCopy.ts'),
    import('../../src/prefs/store.ts'),
  ]);
  const [{ localeStore }, { zhCN }] = await Promise.all([
    import('../../src/locale/store.ts'),
    import('../../src/content/locale.zh-CN.ts'),
  ]);
  // As src/start.tsx leaves it on the Chinese page.
  localeStore.setState({ ...localeStore.getInitialState(), locale: zhCN }, true);
  document.documentElement.lang = 'zh-CN';
  localStorage.clear();
  sessionStorage.clear();
  // The language switch moves the address to the other language's page.
  window.history.replaceState(null, '', '/');
  window.location.hash = '';
  useProgress.setState(useProgress.getInitialState(), true);
  await useProgress.persist.rehydrate();
  useAnnouncer.setState(useAnnouncer.getInitialState(), true);
  useNotices.setState(useNotices.getInitialState(), true);
  useManualCopy.setState(useManualCopy.getInitialState(), true);
  usePrefs.setState(usePrefs.getInitialState(), true);
});

afterEach(() => {
  cleanup();
});
