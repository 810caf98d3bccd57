import { lazy, type ComponentType } from 'react';
import { loadOnDemand } from '../locale/onDemand.ts';
import { currentLocale } from '../locale/store.ts';

type Load<P> = () => Promise<ComponentType<P>>;

/**
 * A component whose code is fetched when it is first rendered, in a `<LoadsAlone>` (FailsAlone.tsx):
 * if it cannot be fetched, the part says so in its place.
 */
export const onDemand = <P extends object>(load: Load<P>) =>
  lazy(() => load().then((component) => ({ default: component })));

/** The same, for a component that shows on-demand text: fetched with it, in the page's language. */
export const onDemandWithText = <P extends object>(load: Load<P>) =>
  onDemand(() => Promise.all([load(), loadOnDemand(currentLocale().lang)]).then(([component]) => component));
