export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'manual';

/** The person closed the share sheet without sharing: nothing to report. */
export const isShareCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

interface ShareRequest {
  url: string;
  title: string;
  /** A sentence that holds the link, sent in its place. */
  message?: string;
}

/**
 * Hands a link (or the message that holds it) to the system share sheet where there is one, else to
 * the clipboard. `manual` means neither worked and the person has to copy the link themselves.
 */
export async function shareLink(
  { url, title, message }: ShareRequest,
  nav: Pick<Navigator, 'share' | 'clipboard'> = navigator,
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share(message === undefined ? { url, title } : { title, text: message });
      return 'shared';
    } catch (error) {
      if (isShareCancelled(error)) return 'cancelled';
      console.warn('Web Share failed; falling back to the clipboard.', error);
    }
  }
  return copyText(message ?? url, nav);
}

/** Puts text on the clipboard; `manual` means the person has to copy it themselves. */
export async function copyText(
  text: string,
  nav: Pick<Navigator, 'clipboard'> = navigator,
): Promise<'copied' | 'manual'> {
  try {
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch (error) {
    console.warn('Clipboard write failed; showing the text to copy by hand.', error);
    return 'manual';
  }
}
