import { useEffect, useRef } from 'react';
import { strings } from '../content/strings.zh-CN.ts';

interface Props {
  id: string;
  link: string;
  onClose: () => void;
}

/** The link in a field, focused and selected, for when neither sharing nor the clipboard works. */
export function ManualCopyField({ id, link, onClose }: Props) {
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [link]);

  return (
    <div className="share__manual">
      <label htmlFor={id}>{strings.share.manualLabel}</label>
      <p className="share__hint">{strings.share.manualHint}</p>
      <div className="share__row">
        <input
          ref={fieldRef}
          id={id}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--quiet" onClick={onClose}>
          {strings.share.close}
        </button>
      </div>
    </div>
  );
}
