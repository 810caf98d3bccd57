import { useGuide, useStrings } from '../locale/store.ts';
import { totalItems } from '../content/guide.ts';
import { useDoneCount } from '../progress/selectors.ts';
import { CopyProgressButton } from './CopyProgressButton.tsx';
import { NextStep } from './NextStep.tsx';
import { ResetControl } from './ResetControl.tsx';

export function ProgressSummary() {
  const strings = useStrings();
  const guide = useGuide();
  const done = useDoneCount();
  const complete = done === totalItems;
  return (
    <section className="summary" aria-label={strings.progressLabel}>
      <div className="summary__head">
        <p className="summary__count">{strings.doneCount(done, totalItems)}</p>
        <div className="summary__actions">
          <CopyProgressButton />
          <ResetControl />
        </div>
      </div>
      <progress className="summary__bar" aria-label={strings.progressLabel} max={totalItems} value={done} />
      {!complete && <NextStep />}
      <noscript>
        <p>{strings.needsJavaScript}</p>
      </noscript>
      <div role="status" className="summary__completion">
        {complete && (
          <>
            <h2>{guide.completion.title}</h2>
            <p>{guide.completion.body}</p>
          </>
        )}
      </div>
    </section>
  );
}
