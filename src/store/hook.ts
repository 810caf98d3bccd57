import { useSyncExternalStore } from 'react';

interface ReadableStore {
  getState: () => unknown;
  subscribe: (listener: () => void) => () => void;
}

/**
 * A store as a hook with a selector (`useStore((state) => state.x)`) that is also the store
 * (`useStore.getState()`), as zustand's own `create` makes. Unlike zustand's, a page being hydrated
 * renders the state as it is now, not as the store was created: the page shows stored progress and
 * preferences before the app starts (src/early/), and must hydrate as it shows them.
 */
export function hookFor<S extends ReadableStore>(store: S) {
  return Object.assign(<T>(selector: (state: ReturnType<S['getState']>) => T): T => {
    const slice = () => selector(store.getState() as ReturnType<S['getState']>);
    return useSyncExternalStore(store.subscribe, slice, slice);
  }, store);
}
