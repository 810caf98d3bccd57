import { useGuide, useStrings } from '../locale/store.ts';
import { totalItems } from '../content/guide.ts';
import { DONE_COUNT_ID, PROGRESS_BAR_ID } from '../links/domIds.ts';
import { useDoneCount, useIsReady } from '../progress/selectors.ts';
import { NextStep } from './NextStep.tsx';
import { ProgressActions } from './ProgressActions.tsx';

/**
 * The count, the bar, the next step, the completion message in its place once every step is done
 * (shown by controls.css from the first paint, so the app taking over moves nothing), and the ways to move progress.
 */
export function ProgressSummary() {
  const strings = useStrings();
  const guide = useGuide();
  const done = useDoneCount();
  const ready = useIsReady();
  const complete = done === totalItems && ready;
  return (
    <section className="summary" aria-label={strings.progressLabel}>
      <div className="summary__head">
        <p id={DONE_COUNT_ID} className="summary__count">
          {strings.doneCount(done, totalItems)}
        </p>
        <progress
          id={PROGRESS_BAR_ID}
          className="summary__bar"
          aria-label={strings.progressLabel}
          max={totalItems}
          value={done}
        />
      </div>
      <NextStep />
      <noscript>
        <p>{strings.needsJavaScript}</p>
      </noscript>
      {/* Always there, so that the message showing in it is read out: when the last step is ticked. */}
      <div role="status">
        <div className="summary__completion" hidden={!complete}>
          <h2>{guide.completion.title}</h2>
          <p>{guide.completion.body}</p>
        </div>
      </div>
      <ProgressActions />
    </section>
  );
}
