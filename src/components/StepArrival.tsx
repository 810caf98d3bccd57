import { useEffect, useState } from 'react';
import { stepsOf } from '../content/guide.ts';
import { checkboxId } from '../links/domIds.ts';
import type { Arrival } from '../links/useTargetItem.ts';
import { useOnDemandStrings } from '../locale/onDemand.ts';
import { useGuide, useStrings } from '../locale/store.ts';
import { useProgress } from '../progress/store.ts';

/**
 * On arriving at a step from outside the page, one line that says why the person is here. It goes
 * when dismissed, once they tick something, or once they scroll the step out of view.
 */
export function StepArrival({ id, reminder }: Arrival) {
  const text = useOnDemandStrings().stepLink;
  const strings = useStrings();
  const step = stepsOf(useGuide()).find((candidate) => candidate.id === id);
  const done = useProgress((state) => state.done);
  const [doneOnArrival] = useState(done);
  const [gone, setGone] = useState(false);

  useEffect(() => {
    const element = document.getElementById(id);
    // Some older in-app browsers have no IntersectionObserver: the line then waits for the other ways.
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    let seen = false;
    // The page is still scrolling to the step at first: it goes once the step has been seen and left.
    const observer = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) seen = true;
      else if (seen) setGone(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);

  if (gone || done !== doneOnArrival || step === undefined) return null;
  return (
    <div className="notice notice--arrival" role="status">
      <p>{(reminder ? text.reminder : text.shared)(step.title)}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setGone(true);
          // The button goes: back to the step the person came for.
          document.getElementById(checkboxId(id))?.focus();
        }}
      >
        {strings.dismiss}
      </button>
    </div>
  );
}
