import type { ReactNode } from 'react';
import { useStrings } from '../locale/store.ts';
import { focusPageHeading } from './focus.ts';

interface Props {
  children: ReactNode;
  /** Where given, a button dismisses the notice and focus goes back to the top of the page. */
  onDismiss?: () => void;
}

/** A warning at the top of the page, announced as it appears. */
export function Notice({ children, onDismiss }: Props) {
  const strings = useStrings();
  function dismiss() {
    onDismiss?.();
    focusPageHeading();
  }
  return (
    <div className="notice notice--warning" role="alert">
      <p>{children}</p>
      {onDismiss && (
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {strings.dismiss}
        </button>
      )}
    </div>
  );
}
