import { memo } from 'react';
import { stepsOf } from '../content/guide.ts';
import { useGuide, useStrings } from '../locale/store.ts';
import { useIsReady, useNextStepId } from '../progress/selectors.ts';

/** Names the first step not yet done, with a link that jumps to it. */
export const NextStep = memo(function NextStep() {
  const strings = useStrings();
  const nextId = useNextStepId();
  const ready = useIsReady();
  const guide = useGuide();
  const next = stepsOf(guide).find((item) => item.id === nextId);
  // Before stored progress is applied the next step is not known; keep the line's place.
  return (
    <p className="summary__next">
      {ready && next && (
        <>
          {strings.nextStep}
          <a href={`#${next.id}`}>{next.title}</a>
        </>
      )}
    </p>
  );
});
