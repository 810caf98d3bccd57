import type { MouseEvent } from 'react';
import type { GuideSection } from '../content/schema.ts';
import { shareStep } from '../links/shareStep.ts';

/** The classes that tell a step's share and note buttons apart. */
const SHARE_BUTTON_CLASS = 'item__share';
const NOTE_BUTTON_CLASS = 'note__toggle';

export const SHARE_BUTTON_CLASSES = `button button--quiet ${SHARE_BUTTON_CLASS}`;
export const NOTE_BUTTON_CLASSES = `button button--quiet ${NOTE_BUTTON_CLASS}`;

/**
 * Handles a click on any of the section's share and note buttons, once, where it arrives at the
 * section's list: a handler on each button of a thousand steps slows their first render.
 */
export function onStepButtonClick(section: GuideSection, toggleNote: (id: string) => void) {
  return (event: MouseEvent<HTMLElement>) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const stepId = button?.closest('li')?.id;
    const item = section.items.find((candidate) => candidate.id === stepId);
    if (!button || !item) return;
    if (button.classList.contains(SHARE_BUTTON_CLASS)) void shareStep(item, button);
    if (button.classList.contains(NOTE_BUTTON_CLASS)) toggleNote(item.id);
  };
}
