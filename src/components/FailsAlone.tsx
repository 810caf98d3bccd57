import { Component, Suspense, type ReactNode } from 'react';
import { useStrings } from '../locale/store.ts';

/** In place of a part of the page that could not be loaded (offline before it was ever fetched) or failed. */
function PartFailed() {
  return (
    <p className="notice" role="alert">
      {useStrings().loadFailed}
    </p>
  );
}

/**
 * A part of the page that may fail on its own (a control, a section, a dialog): if it fails as it
 * renders, a notice says so in its place and the rest of the page carries on.
 */
export class FailsAlone extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <PartFailed /> : this.props.children;
  }
}

/**
 * A part whose code is loaded on demand (onDemand.tsx), shown as `fallback` while it loads, that
 * fails alone: also when its code or text cannot be fetched.
 */
export function LoadsAlone({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  return (
    <FailsAlone>
      <Suspense fallback={fallback}>{children}</Suspense>
    </FailsAlone>
  );
}
