import { lazy, type ComponentType } from 'react';
import { loadOnDemand } from '../locale/onDemand.ts';
import { currentLocale } from '../locale/store.ts';

/**
 * A component whose code is fetched when it is first rendered, in a `<LoadsAlone>` (FailsAlone.tsx), with the
 * on-demand text of the page's language if it shows some (`withText`). If either cannot be fetched,
 * the part says so in its place.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, withText = false) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), withText ? loadOnDemand(currentLocale().lang) : null]);
    return { default: component };
  });
}
