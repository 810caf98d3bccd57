import { PAGE_HEADING_ID } from '../links/domIds.ts';

/** Focus to the top of the page, once what had it is gone (a notice, a banner, a dialog). */
export const focusPageHeading = () => document.getElementById(PAGE_HEADING_ID)?.focus();

const holdsFocus = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement &&
  element !== document.body &&
  element.isConnected &&
  !element.matches(':disabled') &&
  element.closest('dialog') === null;

/**
 * Focus back once what had it is gone or closed (a dialog, an undo): to `to` (what opened it) if it
 * can take focus, else to the top of the page. Where something else outside took it, it stays.
 */
export function returnFocus(to?: HTMLElement | null): void {
  if (holdsFocus(document.activeElement)) return;
  if (holdsFocus(to ?? null)) to?.focus();
  else focusPageHeading();
}
