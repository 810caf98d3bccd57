import { currentLocale } from '../locale/store.ts';
import type { GuideItem } from '../content/schema.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { useManualCopy } from '../status/manualCopy.ts';
import { formatItemLink } from './fragment.ts';
import { shareLink } from './share.ts';

/** Shares or copies the link to one step, says so, or offers the link for copying by hand. */
export async function shareStep(item: GuideItem, button: HTMLElement): Promise<void> {
  const link = formatItemLink(item.id, window.location.href);
  const outcome = await shareLink({ url: link, title: item.title });
  const { strings } = currentLocale();
  const { announce } = useAnnouncer.getState();
  if (outcome === 'copied') announce(strings.share.copied);
  if (outcome === 'shared') announce(strings.share.shared);
  if (outcome === 'manual') {
    const { manualTitle: title, manualLabel: label } = strings.share;
    useManualCopy.getState().open({ title, label, text: link, returnFocusTo: button });
  }
}
