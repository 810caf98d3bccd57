/**
 * Who shows progress on the page and stores its ticks, in the order it is handed over: no one
 * while the page is as `built` (its boxes wait); the `early` script (src/early/), before the app
 * has started; the app as it is `hydrating` the page the early script showed (the early script
 * still stores taps, but leaves the page as the app found it); then the `app`, for good.
 */
export type Stage = 'built' | 'early' | 'hydrating' | 'app';

/** The page's root element mirrors the stage, for the early script, which runs before the app's store exists. */
export const STAGE_ATTRIBUTE = 'data-stage';
