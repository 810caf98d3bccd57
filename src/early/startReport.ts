/** The event by which the app tells the page whether it has started (false) or failed (true). */
export const START_EVENT = 'app-start';

/** Tells the early script (startFailure.ts) whether the app failed: it shows or hides its notice. */
export const reportStart = (failed: boolean) => dispatchEvent(new CustomEvent(START_EVENT, { detail: failed }));
