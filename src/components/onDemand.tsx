import { lazy, type ComponentType } from 'react';
import { loadOnDemand } from '../locale/onDemand.ts';
import { currentLocale, useStrings } from '../locale/store.ts';

/** In place of a part that could not be loaded (offline before it was ever fetched, say). */
function LoadFailed() {
  return (
    <p className="notice" role="alert">
      {useStrings().loadFailed}
    </p>
  );
}

/**
 * A component whose code is fetched when it is first rendered (in a `<Suspense>`), with the
 * on-demand text of the page's language if it shows some (`withText`). If either cannot be fetched,
 * a notice says so in its place and the rest of the page carries on.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, withText = false) {
  return lazy(async () => {
    try {
      const [component] = await Promise.all([load(), withText ? loadOnDemand(currentLocale().lang) : null]);
      return { default: component };
    } catch (error) {
      console.warn('A part of the page could not be loaded.', error);
      return { default: LoadFailed as ComponentType<P> };
    }
  });
}
