import { strings } from '../content/strings.zh-CN.ts';
import { PAGE_HEADING_ID } from '../links/domIds.ts';

export function LinkNotFoundNotice({ onDismiss }: { onDismiss: () => void }) {
  function dismiss() {
    onDismiss();
    document.getElementById(PAGE_HEADING_ID)?.focus();
  }
  return (
    <div className="notice notice--warning" role="alert">
      <p>{strings.link.notFound}</p>
      <button type="button" className="button button--secondary" onClick={dismiss}>
        {strings.link.dismiss}
      </button>
    </div>
  );
}
