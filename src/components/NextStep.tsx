import { memo } from 'react';
import { allItems } from '../content/guide.ts';
import { strings } from '../content/strings.zh-CN.ts';
import { useIsReady, useNextStepId } from '../progress/selectors.ts';

/** Names the first step not yet done, with a link that jumps to it. */
export const NextStep = memo(function NextStep() {
  const nextId = useNextStepId();
  const ready = useIsReady();
  const next = allItems.find((item) => item.id === nextId);
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
