import { useEffect, useRef, useState } from 'react';
import { strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { formatItemLink } from '../links/fragment.ts';
import { shareLink } from '../links/share.ts';
import { useAnnouncer } from '../status/announcer.ts';
import { LinkIcon } from './icons.tsx';

export function ShareLinkButton({ item }: { item: GuideItem }) {
  const announce = useAnnouncer((state) => state.announce);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (manualLink === null) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [manualLink]);

  async function share() {
    const url = formatItemLink(item.id, window.location.href);
    const outcome = await shareLink({ url, title: item.title });
    if (outcome === 'copied') announce(strings.share.copied);
    if (outcome === 'shared') announce(strings.share.shared);
    setManualLink(outcome === 'manual' ? url : null);
  }

  function closeManual() {
    setManualLink(null);
    buttonRef.current?.focus();
  }

  const fieldId = `ui-link-${item.id}`;
  return (
    <div className="share">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet"
        aria-label={strings.share.buttonLabel(item.title)}
        onClick={share}
      >
        <LinkIcon />
        {strings.share.button}
      </button>
      {manualLink !== null && (
        <div className="share__manual">
          <label htmlFor={fieldId}>{strings.share.manualLabel}</label>
          <p className="share__hint">{strings.share.manualHint}</p>
          <div className="share__row">
            <input
              ref={fieldRef}
              id={fieldId}
              type="text"
              readOnly
              value={manualLink}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button button--quiet" onClick={closeManual}>
              {strings.share.close}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
