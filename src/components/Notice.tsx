import type { ReactNode } from 'react';
import { focusPageHeading } from './focus.ts';

interface Props {
  children: ReactNode;
  /** Where given, a button dismisses the notice and focus goes back to the top of the page. */
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** A warning at the top of the page, announced as it appears. */
export function Notice({ children, onDismiss, dismissLabel }: Props) {
  function dismiss() {
    onDismiss?.();
    focusPageHeading();
  }
  return (
    <div className="notice notice--warning" role="alert">
      <p>{children}</p>
      {onDismiss && (
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
