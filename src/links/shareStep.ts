import { currentLocale } from '../locale/store.ts';
import type { GuideItem } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { useManualCopy } from '../status/manualCopy.ts';
import { pageLink } from './fragment.ts';
import { shareLink, type ShareOutcome } from './share.ts';

/** What is said of a text once shared or copied, and the title and label of the dialog to copy it by hand. */
type Told = Pick<Strings['share'], 'copied' | 'manualTitle' | 'manualLabel'> & { shared?: string };

/** Says that `text` was shared or copied, or offers it for copying by hand, focus then going back to `button`. */
export function tellOutcome(outcome: ShareOutcome, told: Told, text: string, button: HTMLElement): void {
  const { announce } = useAnnouncer.getState();
  if (outcome === 'copied') announce(told.copied);
  if (outcome === 'shared' && told.shared !== undefined) announce(told.shared);
  if (outcome === 'manual') {
    useManualCopy.getState().open({ title: told.manualTitle, label: told.manualLabel, text, returnFocusTo: button });
  }
}

/** Shares or copies the link to one step, says so, or offers the link for copying by hand. */
export async function shareStep(item: GuideItem, button: HTMLElement): Promise<void> {
  const link = pageLink(item.id, window.location.href);
  tellOutcome(await shareLink({ url: link, title: item.title }), currentLocale().strings.share, link, button);
}
