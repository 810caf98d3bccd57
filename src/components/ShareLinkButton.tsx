import { useRef, useState } from 'react';
import { strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { formatItemLink } from '../links/fragment.ts';
import { shareLink } from '../links/share.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { LinkIcon } from './icons.tsx';
import { ManualCopyField } from './ManualCopyField.tsx';

export function ShareLinkButton({ item, ready }: { item: GuideItem; ready: boolean }) {
  const [manualLink, setManualLink] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  async function share() {
    const url = formatItemLink(item.id, window.location.href);
    const outcome = await shareLink({ url, title: item.title });
    const { announce } = useAnnouncer.getState();
    if (outcome === 'copied') announce(strings.share.copied);
    if (outcome === 'shared') announce(strings.share.shared);
    setManualLink(outcome === 'manual' ? url : null);
  }

  function closeManual() {
    setManualLink(null);
    buttonRef.current?.focus();
  }

  return (
    <div className="share">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet"
        aria-label={strings.share.buttonLabel(item.title)}
        disabled={!ready}
        onClick={share}
      >
        <LinkIcon />
        {strings.share.button}
      </button>
      {manualLink !== null && (
        <ManualCopyField id={`ui-link-${item.id}`} link={manualLink} onClose={closeManual} />
      )}
    </div>
  );
}
