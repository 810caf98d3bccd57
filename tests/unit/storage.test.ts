import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupKey, followOtherTabs } from '../../src/progress/storage.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { useNotices } from '../../src/status/notices.ts';
import { installBrowserStorage, StorageChange } from '../support/browser-storage.ts';

installBrowserStorage();

beforeEach(async () => {
  useProgress.setState(useProgress.getInitialState(), true);
  useNotices.setState(useNotices.getInitialState(), true);
  await useProgress.persist.rehydrate();
});

const done = () => useProgress.getState().done;
const notices = () => useNotices.getState();
const storedDone = () =>
  (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: { done: Record<string, unknown> } }).state.done;
const saved = (doneMap: object, notes: object = {}) => JSON.stringify({ state: { done: doneMap, notes }, version: 2 });

function failWith(name: string) {
  return () => {
    throw new DOMException('refused', name);
  };
}

describe('reading progress back', () => {
  it('keeps a copy of unreadable text before anything else, and says so', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state":{"done":{"keep-rec');
    await useProgress.persist.rehydrate();
    expect(done()).toEqual({});
    expect(localStorage.getItem(backupKey(STORAGE_KEY))).toBe('{"state":{"done":{"keep-rec');
    expect(notices().recovered).toBe('backed-up');
  });

  it('keeps every valid tick of partly broken data, and a copy of the original', async () => {
    const raw = saved({ 'keep-records': '2026-11-01T10:00:00.000Z', 'old-step': null });
    localStorage.setItem(STORAGE_KEY, raw);
    await useProgress.persist.rehydrate();
    expect(done()).toEqual({ 'keep-records': '2026-11-01T10:00:00.000Z' });
    expect(localStorage.getItem(backupKey(STORAGE_KEY))).toBe(raw);
    expect(notices().recovered).toBe('backed-up');
  });

  it('saves the repaired progress once the original is backed up, so it is repaired only once', async () => {
    localStorage.setItem(STORAGE_KEY, saved({ 'keep-records': null, 'old-step': null }));
    await useProgress.persist.rehydrate();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved({ 'keep-records': null }));

    useNotices.getState().dismissRecovered();
    await useProgress.persist.rehydrate();
    expect(notices().recovered).toBeNull();
  });

  it('leaves the original in place, and says so, when it cannot be backed up', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const raw = saved({ 'keep-records': null, 'old-step': null });
    localStorage.setItem(STORAGE_KEY, raw);
    vi.spyOn(localStorage, 'setItem').mockImplementation(failWith('QuotaExceededError'));
    await useProgress.persist.rehydrate();
    expect(done()).toEqual({ 'keep-records': null });
    expect(notices().recovered).toBe('not-backed-up');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    expect(localStorage.getItem(backupKey(STORAGE_KEY))).toBeNull();
  });

  it('writes progress kept by an older version in this version’s shape, with no notice', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { done: { 'keep-records': null } }, version: 1 }));
    await useProgress.persist.rehydrate();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved({ 'keep-records': null }));
    expect(localStorage.getItem(backupKey(STORAGE_KEY))).toBeNull();
    expect(notices().recovered).toBeNull();
  });

  it('says nothing and keeps no copy when everything was read', async () => {
    localStorage.setItem(STORAGE_KEY, saved({ 'keep-records': null }));
    await useProgress.persist.rehydrate();
    expect(done()).toEqual({ 'keep-records': null });
    expect(localStorage.getItem(backupKey(STORAGE_KEY))).toBeNull();
    expect(notices().recovered).toBeNull();
  });
});

describe('storage that fails', () => {
  it('keeps working in memory when storage cannot even be opened, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(failWith('SecurityError'));
    await useProgress.persist.rehydrate();
    useProgress.getState().setDone(['settle-bills'], true);
    useProgress.getState().setDone(['keep-records'], true);
    expect(Object.keys(done())).toEqual(['settle-bills', 'keep-records']);
    expect(notices().saveProblem).toBe('unavailable');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('says when storage is full, and clears the notice once a save works again', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(failWith('QuotaExceededError'));
    useProgress.getState().setDone(['settle-bills'], true);
    expect(done()).toHaveProperty('settle-bills');
    expect(notices().saveProblem).toBe('full');

    setItem.mockRestore();
    useProgress.getState().setDone(['keep-records'], true);
    expect(notices().saveProblem).toBeNull();
    expect(storedDone()).toHaveProperty('settle-bills');
  });
});

describe('two tabs', () => {
  it('never overwrites what another tab saved since this one last looked', () => {
    useProgress.getState().setDone(['back-up-data'], true);
    // The other tab's save; its storage event has not reached this tab yet.
    localStorage.setItem(STORAGE_KEY, saved({ 'back-up-data': null, 'settle-bills': null }));
    useProgress.getState().setDone(['keep-records'], true);
    expect(Object.keys(done()).sort()).toEqual(['back-up-data', 'keep-records', 'settle-bills']);
    expect(Object.keys(storedDone()).sort()).toEqual(['back-up-data', 'keep-records', 'settle-bills']);
  });

  it('shows another tab’s ticks, unticks and resets as they are saved', () => {
    const stop = followOtherTabs(useProgress);
    const otherTabSaves = (doneMap: object) => {
      const newValue = saved(doneMap);
      localStorage.setItem(STORAGE_KEY, newValue);
      window.dispatchEvent(new StorageChange(STORAGE_KEY, newValue));
    };
    otherTabSaves({ 'settle-bills': null, 'keep-records': null });
    expect(Object.keys(done())).toEqual(['settle-bills', 'keep-records']);
    otherTabSaves({ 'keep-records': null });
    expect(Object.keys(done())).toEqual(['keep-records']);
    otherTabSaves({});
    expect(done()).toEqual({});
    stop();
  });
});

describe('asking the browser to keep progress', () => {
  /** A fresh page: the storage module as first loaded, and a browser that answers `persisted`. */
  async function freshPage(persisted: boolean) {
    const storageManager = {
      persisted: vi.fn(() => Promise.resolve(persisted)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    vi.stubGlobal('navigator', { storage: storageManager });
    vi.resetModules();
    const { createProgressStorage } = await import('../../src/progress/storage.ts');
    return { storage: createProgressStorage(), ...storageManager };
  }
  const progress = (doneMap: Record<string, string | null>, notes: Record<string, string> = {}) => ({
    state: { done: doneMap, notes },
    version: 2,
  });
  const settled = () => new Promise((resolve) => setTimeout(resolve));

  it('asks only once something is stored, and only once a page', async () => {
    const { storage, persist } = await freshPage(false);
    storage.getItem(STORAGE_KEY);
    storage.setItem(STORAGE_KEY, progress({}));
    await settled();
    expect(persist).not.toHaveBeenCalled();

    storage.setItem(STORAGE_KEY, progress({ 'settle-bills': null }));
    await settled();
    expect(persist).toHaveBeenCalledTimes(1);
    storage.setItem(STORAGE_KEY, progress({ 'settle-bills': null, 'keep-records': null }));
    storage.setItem(STORAGE_KEY, progress({}, { 'keep-records': '12345' }));
    await settled();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks for a note alone, but not for progress only read back (a visit that changes nothing)', async () => {
    const first = await freshPage(false);
    first.storage.setItem(STORAGE_KEY, progress({}, { 'keep-records': '12345' }));
    await settled();
    expect(first.persist).toHaveBeenCalledTimes(1);

    localStorage.setItem(STORAGE_KEY, saved({ 'settle-bills': null }));
    const second = await freshPage(false);
    second.storage.getItem(STORAGE_KEY);
    await settled();
    expect(second.persist).not.toHaveBeenCalled();
  });

  it('does not ask where the browser keeps the site’s storage already', async () => {
    const { storage, persisted, persist } = await freshPage(true);
    storage.setItem(STORAGE_KEY, progress({ 'settle-bills': null }));
    await settled();
    expect(persisted).toHaveBeenCalledTimes(1);
    expect(persist).not.toHaveBeenCalled();
  });

  it('does not ask where storage cannot be written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { storage, persist } = await freshPage(false);
    vi.spyOn(localStorage, 'setItem').mockImplementation(failWith('QuotaExceededError'));
    storage.setItem(STORAGE_KEY, progress({ 'settle-bills': null }));
    await settled();
    expect(persist).not.toHaveBeenCalled();
  });
});
