import { beforeEach, vi } from 'vitest';

/** Web Storage kept in memory, keeping strings the way a browser's `localStorage` does. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  [name: string]: unknown;

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }
}

/** The `storage` event a browser fires in every other tab when one tab saves. */
export class StorageChange extends Event {
  constructor(
    readonly key: string | null,
    readonly newValue: string | null,
  ) {
    super('storage');
  }
}

/** What the progress code uses of a browser window: its storage and its events. */
export type StorageWindow = EventTarget & { readonly localStorage: Storage };

/**
 * For unit tests in Node of code that keeps data in the browser: installs `window` (an event
 * target with a `localStorage` getter, so a test can make storage refuse to open) and
 * `localStorage` as globals for the calling test file, with storage emptied before each test.
 */
export function installBrowserStorage(): StorageWindow {
  const storage = new MemoryStorage();
  const window = new EventTarget() as StorageWindow;
  Object.defineProperty(window, 'localStorage', { get: () => storage, configurable: true, enumerable: true });
  vi.stubGlobal('window', window);
  vi.stubGlobal('localStorage', storage);
  beforeEach(() => storage.clear());
  return window;
}
