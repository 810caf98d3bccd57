import type { MouseEvent } from 'react';
import type { GuideSection } from '../content/schema.ts';
import { shareStep } from '../links/shareStep.ts';

/** The classes that tell a step's 更多, share and note buttons apart. */
const ACTIONS_BUTTON_CLASS = 'item__more-toggle';
const SHARE_BUTTON_CLASS = 'item__share';
const NOTE_BUTTON_CLASS = 'note__toggle';

export const ACTIONS_BUTTON_CLASSES = `button button--quiet more-toggle ${ACTIONS_BUTTON_CLASS}`;
export const SHARE_BUTTON_CLASSES = `button button--quiet ${SHARE_BUTTON_CLASS}`;
export const NOTE_BUTTON_CLASSES = `button button--quiet ${NOTE_BUTTON_CLASS}`;

/**
 * Handles a click on any of the section's 更多, share and note buttons, once, where it arrives at
 * the section's list: a handler on each button of a thousand steps slows their first render.
 */
export function onStepButtonClick(
  section: GuideSection,
  toggleActions: (id: string) => void,
  toggleNote: (id: string) => void,
) {
  return (event: MouseEvent<HTMLElement>) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const stepId = button?.closest('li')?.id;
    const item = section.items.find((candidate) => candidate.id === stepId);
    if (!button || !item) return;
    if (button.classList.contains(ACTIONS_BUTTON_CLASS)) toggleActions(item.id);
    if (button.classList.contains(SHARE_BUTTON_CLASS)) void shareStep(item, button);
    if (button.classList.contains(NOTE_BUTTON_CLASS)) toggleNote(item.id);
  };
}
