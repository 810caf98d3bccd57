import { UI_ID_PREFIX } from '../content/ids.ts';

/**
 * Every DOM id on the page. A step's own id is its element id, so `#step-id` links work with the
 * browser's own scrolling and `:target`; every other id starts with `ui-`, which guide ids may not.
 */
// Free of side effects: a build drops the calls whose ids go unused (as the early script does).
const uiId = /* @__NO_SIDE_EFFECTS__ */ (name: string) => `${UI_ID_PREFIX}${name}`;

export const checkboxId = (itemId: string) => uiId(`check-${itemId}`);
export const detailId = (itemId: string) => uiId(`detail-${itemId}`);
export const noteFieldId = (itemId: string) => uiId(`note-${itemId}`);
/** A step's note as the page shows it while its field is closed. */
export const savedNoteId = (itemId: string) => uiId(`saved-note-${itemId}`);
export const sectionHeadingId = (sectionId: string) => uiId(`heading-${sectionId}`);
export const sectionCountId = (sectionId: string) => uiId(`count-${sectionId}`);
export const partsCountId = (itemId: string) => uiId(`parts-${itemId}`);

export const PAGE_HEADING_ID = uiId('title');
export const DONE_COUNT_ID = uiId('done-count');
export const DETAILS_TOGGLE_ID = uiId('details-toggle');
/** The class of the page's main part while every step's explanation is hidden. */
export const DETAILS_HIDDEN_CLASS = 'page-main--brief';
export const PROGRESS_BAR_ID = uiId('progress');
export const NEXT_STEP_ID = uiId('next');
export const RESET_BUTTON_ID = uiId('reset');
export const RESET_TITLE_ID = uiId('reset-title');
export const RESET_BODY_ID = uiId('reset-body');
export const UNDO_TEXT_ID = uiId('undo-text');
export const COPY_TITLE_ID = uiId('copy-title');
export const SEND_TITLE_ID = uiId('send-title');
export const INCOMING_TITLE_ID = uiId('incoming-title');
export const INCOMING_BODY_ID = uiId('incoming-body');
export const VIEWING_TEXT_ID = uiId('viewing-text');
/** The line under a choice for a progress link that says what it does. */
export const choiceHintId = (choice: string) => uiId(`choice-${choice}`);
export const START_FAILED_ID = uiId('start-failed');
