import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION } from '../../src/progress/stored.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { installBrowserStorage } from '../support/browser-storage.ts';

installBrowserStorage();

beforeEach(async () => {
  useProgress.setState(useProgress.getInitialState(), true);
  await useProgress.persist.rehydrate();
});

const { setDone, reset, undo } = useProgress.getState();
const done = () => useProgress.getState().done;
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { version: number; state: unknown };

afterEach(() => {
  vi.useRealTimers();
});

describe('the progress store', () => {
  it('records a tick with the time it was made, and forgets it when unticked', () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T08:30:00Z') });
    setDone(['wait-for-review'], true);
    expect(done()).toEqual({ 'wait-for-review': '2026-11-20T08:30:00.000Z' });
    setDone(['wait-for-review'], false);
    expect(done()).toEqual({});
  });

  it('keeps the first time when an item is ticked again', () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T08:30:00Z') });
    setDone(['wait-for-review'], true);
    vi.setSystemTime(new Date('2026-11-21T08:30:00Z'));
    setDone(['wait-for-review'], true);
    expect(done()).toEqual({ 'wait-for-review': '2026-11-20T08:30:00.000Z' });
  });

  it('ignores ids that are not in the guide', () => {
    setDone(['not-a-step'], true);
    setDone(['__proto__'], true);
    setDone(['toString'], true);
    expect(done()).toEqual({});
  });

  it('saves only ticks and notes, under a named and versioned key', () => {
    setDone(['back-up-data'], true);
    useProgress.getState().setNote('contact-carrier', '工单号 A123');
    expect(stored()).toEqual({
      version: CURRENT_VERSION,
      state: { done: { 'back-up-data': expect.any(String) as string }, notes: { 'contact-carrier': '工单号 A123' } },
    });
  });

  it('ticks and unticks all the parts of a step together', () => {
    setDone(['return-sim-card', 'settle-final-bill'], true);
    expect(Object.keys(done())).toEqual(['return-sim-card', 'settle-final-bill']);
    setDone(['return-sim-card', 'settle-final-bill'], false);
    expect(done()).toEqual({});
  });

  it('stores a step with parts only through its parts', () => {
    setDone(['complete-formalities'], true);
    expect(done()).toEqual({});
  });

  it('keeps notes short, and forgets empty ones', () => {
    useProgress.getState().setNote('contact-carrier', 'x'.repeat(600));
    expect(useProgress.getState().notes['contact-carrier']).toHaveLength(500);
    useProgress.getState().setNote('contact-carrier', '');
    expect(useProgress.getState().notes).toEqual({});
    useProgress.getState().setNote('not-a-step', 'x');
    expect(useProgress.getState().notes).toEqual({});
  });

  it('resets everything, and undo brings back exactly the ticks and notes from before', () => {
    setDone(['back-up-data'], true);
    setDone(['settle-bills'], true);
    useProgress.getState().setNote('settle-bills', '已付清');
    const before = done();
    reset();
    expect(done()).toEqual({});
    expect(stored().state).toEqual({ done: {}, notes: {} });
    undo();
    expect(done()).toEqual(before);
    expect(stored().state).toEqual({ done: before, notes: { 'settle-bills': '已付清' } });
    expect(useProgress.getState().undoable).toBeNull();
  });

  it('offers no undo after a reset that had nothing to clear', () => {
    reset();
    expect(useProgress.getState().undoable).toBeNull();
  });

  it('drops the undo once the person ticks something new', () => {
    setDone(['back-up-data'], true);
    reset();
    setDone(['settle-bills'], true);
    expect(useProgress.getState().undoable).toBeNull();
  });

  it('reads saved progress back, keeping known ticks and dropping the rest', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: CURRENT_VERSION,
        state: { done: { 'keep-records': '2026-11-01T10:00:00.000Z', 'gone-step': '2026-11-01T10:00:00.000Z' } },
      }),
    );
    await useProgress.persist.rehydrate();
    expect(done()).toEqual({ 'keep-records': '2026-11-01T10:00:00.000Z' });
  });

  it('shows someone else’s progress while only looking, and stores none of it', () => {
    setDone(['back-up-data'], true);
    const before = localStorage.getItem(STORAGE_KEY);
    useProgress.getState().view({ done: { 'keep-records': null }, notes: {} });
    expect(useProgress.getState().viewing).toEqual({ done: { 'keep-records': null }, notes: {} });
    expect(done()).toHaveProperty('back-up-data');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    useProgress.getState().view(null);
    expect(useProgress.getState().viewing).toBeNull();
  });

  it('takes progress from a link in place of its own, and undo brings its own back', () => {
    setDone(['back-up-data'], true);
    const own = done();
    useProgress.getState().view({ done: { 'keep-records': null }, notes: {} });
    useProgress.getState().replaceWith({ done: { 'keep-records': null }, notes: {} }, 'link-take');
    expect(done()).toEqual({ 'keep-records': null });
    expect(useProgress.getState().viewing).toBeNull();
    expect(stored().state).toEqual({ done: { 'keep-records': null }, notes: {} });
    undo();
    expect(done()).toEqual(own);
  });

  it('merges into its progress as it is in storage, and undo keeps what another tab saved since', () => {
    setDone(['back-up-data'], true);
    const theirs = { done: { 'settle-bills': null }, notes: {} };
    useProgress
      .getState()
      .replaceWith((own) => ({ done: { ...own.done, ...theirs.done }, notes: own.notes }), 'link-merge');
    expect(Object.keys(done()).sort()).toEqual(['back-up-data', 'settle-bills']);

    // Another tab ticks a step and writes a note; this tab then undoes the merge.
    const elsewhere = { done: { ...done(), 'keep-records': null }, notes: { 'contact-carrier': '工单 0042' } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: elsewhere, version: CURRENT_VERSION }));
    undo();
    expect(done()).toEqual({ 'back-up-data': expect.any(String) as unknown, 'keep-records': null });
    expect(useProgress.getState().notes).toEqual({ 'contact-carrier': '工单 0042' });
  });
});
