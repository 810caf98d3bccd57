import { HELD_TAP, SHOWN_BY } from './shownBy.ts';

/**
 * Before the app has taken the page: a tap on one of its buttons is held, not lost. The button shows
 * at once that it is getting ready (busy), and the app carries the tap out once it has started
 * (handOver.ts); a later tap takes the place of an earlier one.
 */
export function holdTaps(page: Document): void {
  page.addEventListener(
    'click',
    (event) => {
      const control = (event.target as Element).closest('#root button');
      if (!control || page.documentElement.getAttribute(SHOWN_BY) === 'app') return;
      // Nor may the app, hydrating, act on it: it is carried out once, when the app has started.
      event.stopPropagation();
      page.querySelector(HELD_TAP)?.removeAttribute('aria-busy');
      control.setAttribute('aria-busy', 'true');
    },
    true,
  );
}
