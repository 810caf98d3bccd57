/**
 * DOM ids. An item's own id is its element id, so `#item-id` links work with the browser's own
 * scrolling and `:target`; every other id on the page starts with `ui-`, which guide ids may not.
 */
const UI_PREFIX = 'ui-';

export const checkboxId = (itemId: string) => `${UI_PREFIX}check-${itemId}`;
export const detailId = (itemId: string) => `${UI_PREFIX}detail-${itemId}`;
export const sectionHeadingId = (sectionId: string) => `${UI_PREFIX}heading-${sectionId}`;
export const RESET_BUTTON_ID = `${UI_PREFIX}reset`;
export const PAGE_HEADING_ID = `${UI_PREFIX}title`;

export const usesReservedPrefix = (id: string) => id.startsWith(UI_PREFIX);
