/**
 * The attribute of the page's root element that says who shows progress and stores taps: `early`
 * once the early script (showStoredProgress.ts) has shown what is stored and taken over the boxes;
 * `handing-over` while the app hydrates the page (the early script still stores taps, but leaves
 * the page as the app found it); `app` once the app has.
 */
export const SHOWN_BY = 'data-progress';

/** A button tapped before the app had taken the page (holdTaps.ts): it is busy until the app carries the tap out. */
export const HELD_TAP = '#root button[aria-busy="true"]';
