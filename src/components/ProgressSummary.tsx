import { useGuide, useStrings } from '../locale/store.ts';
import { totalItems } from '../content/guide.ts';
import { DONE_COUNT_ID, PROGRESS_BAR_ID } from '../links/domIds.ts';
import { useDoneCount, useIsReady } from '../progress/selectors.ts';
import { CopyProgressButton } from './CopyProgressButton.tsx';
import { NextStep } from './NextStep.tsx';
import { ResetControl } from './ResetControl.tsx';

export function ProgressSummary() {
  const strings = useStrings();
  const guide = useGuide();
  const done = useDoneCount();
  const ready = useIsReady();
  // Told once the app has started; before, the next-step line only hides (see NextStep).
  const complete = done === totalItems && ready;
  return (
    <section className="summary" aria-label={strings.progressLabel}>
      <div className="summary__head">
        <p id={DONE_COUNT_ID} className="summary__count">
          {strings.doneCount(done, totalItems)}
        </p>
        <div className="summary__actions">
          <CopyProgressButton />
          <ResetControl />
        </div>
      </div>
      <progress
        id={PROGRESS_BAR_ID}
        className="summary__bar"
        aria-label={strings.progressLabel}
        max={totalItems}
        value={done}
      />
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
