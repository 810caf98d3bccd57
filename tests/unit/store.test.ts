import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, STORAGE_VERSION, useProgress } from '../../src/progress/store.ts';

const { toggle, reset, undoReset } = useProgress.getState();
const done = () => useProgress.getState().done;
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');

afterEach(() => {
  vi.useRealTimers();
});

describe('the progress store', () => {
  it('records a tick with the time it was made, and forgets it when unticked', () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T08:30:00Z') });
    toggle('submit-request');
    expect(done()).toEqual({ 'submit-request': '2026-11-20T08:30:00.000Z' });
    toggle('submit-request');
    expect(done()).toEqual({});
  });

  it('ignores ids that are not in the guide', () => {
    toggle('not-a-step');
    toggle('__proto__');
    expect(done()).toEqual({});
  });

  it('saves only the ticks, under a named and versioned key', () => {
    toggle('back-up-data');
    expect(stored()).toEqual({
      version: STORAGE_VERSION,
      state: { done: { 'back-up-data': expect.any(String) } },
    });
  });

  it('resets everything, and undo brings back exactly the ticks from before', () => {
    toggle('back-up-data');
    toggle('settle-bills');
    const before = done();
    reset();
    expect(done()).toEqual({});
    expect(stored().state.done).toEqual({});
    undoReset();
    expect(done()).toEqual(before);
    expect(stored().state.done).toEqual(before);
    expect(useProgress.getState().lastReset).toBeNull();
  });

  it('offers no undo after a reset that had nothing to clear', () => {
    reset();
    expect(useProgress.getState().lastReset).toBeNull();
  });

  it('drops the undo once the person ticks something new', () => {
    toggle('back-up-data');
    reset();
    toggle('settle-bills');
    expect(useProgress.getState().lastReset).toBeNull();
  });

  it('reads saved progress back, keeping known ticks and dropping the rest', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: STORAGE_VERSION,
        state: {
          done: {
            'keep-records': '2026-11-01T10:00:00.000Z',
            'gone-step': '2026-11-01T10:00:00.000Z',
            'watch-number': 'not a time',
          },
        },
      }),
    );
    await useProgress.persist.rehydrate();
    expect(done()).toEqual({ 'keep-records': '2026-11-01T10:00:00.000Z' });
  });
});
