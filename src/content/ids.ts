/**
 * The page's own element ids start with this. A guide id is its step's element id (so `#step-id`
 * links work), so it may not.
 */
export const UI_ID_PREFIX = 'ui-';
