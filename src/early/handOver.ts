import { useProgress } from '../progress/store.ts';
import { HELD_TAP, SHOWN_BY } from './shownBy.ts';

const page = () => document.documentElement;

/**
 * Before the app draws the page: it reads what is stored now, taps the early script stored
 * included. A page to hydrate is shown as the early script left it (or as built, if the script did
 * not run), and the early script keeps storing taps until the hydrated app has committed
 * (`finishHandOver`); a page drawn afresh shows everything, and is the app's at once.
 */
export function beginHandOver(hydrating: boolean): void {
  const earlyShown = page().getAttribute(SHOWN_BY) === 'early';
  void useProgress.persist.rehydrate();
  if (hydrating) {
    useProgress.getState().showTicks(earlyShown);
    if (earlyShown) page().setAttribute(SHOWN_BY, 'handing-over');
  } else {
    useProgress.getState().showAll();
    page().setAttribute(SHOWN_BY, 'app');
  }
}

/**
 * Once the hydrated app has committed, before anything else can happen: it reads the taps the
 * early script stored while the app hydrated (React does not see a tap that comes before it has),
 * and takes the boxes over for good.
 */
export function finishHandOver(): void {
  if (page().getAttribute(SHOWN_BY) === 'handing-over') void useProgress.persist.rehydrate();
  page().setAttribute(SHOWN_BY, 'app');
}

/** Once the app shows everything: carries out the tap held before it had started (holdTaps.ts), if one was. */
export function carryOutHeldTap(): void {
  const control = document.querySelector<HTMLElement>(HELD_TAP);
  control?.removeAttribute('aria-busy');
  control?.click();
}
