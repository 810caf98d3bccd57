import { STAGE_ATTRIBUTE } from '../progress/stage.ts';

/** A button tapped before the app had started: it is busy until the app carries the tap out. */
const HELD_TAP = '#root button[aria-busy="true"]';

/**
 * Before the app has started: a tap on one of its buttons is held, not lost. The button shows at
 * once that it is getting ready (busy); a later tap takes the place of an earlier one.
 */
export function holdTaps(page: Document): void {
  page.addEventListener(
    'click',
    (event) => {
      const control = (event.target as Element).closest('#root button');
      if (!control || page.documentElement.getAttribute(STAGE_ATTRIBUTE) === 'app') return;
      // Nor may the app, hydrating, act on it: it is carried out once, when the app has started.
      event.stopPropagation();
      page.querySelector(HELD_TAP)?.removeAttribute('aria-busy');
      control.setAttribute('aria-busy', 'true');
    },
    true,
  );
}

/** Once the app has started: carries out the tap held before, if there was one. */
export function carryOutHeldTap(): void {
  const control = document.querySelector<HTMLElement>(HELD_TAP);
  control?.removeAttribute('aria-busy');
  control?.click();
}
