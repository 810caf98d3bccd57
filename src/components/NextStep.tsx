import { stepsOf } from '../content/guide.ts';
import { NEXT_STEP_ID } from '../links/domIds.ts';
import { useGuide, useStrings } from '../locale/store.ts';
import { useNextStepId } from '../progress/selectors.ts';

/**
 * Names the first step not yet done, with a link that jumps to it. Until the stored ticks are
 * shown the next step is not known, and once all are done there is none: the line then keeps its
 * place, unseen, so the page before the app starts only changes its words (src/early/).
 */
export function NextStep() {
  const strings = useStrings();
  const nextId = useNextStepId();
  const steps = stepsOf(useGuide());
  const step = steps.find((item) => item.id === nextId) ?? steps[0];
  return (
    <p id={NEXT_STEP_ID} className={nextId !== null ? 'summary__next' : 'summary__next summary__next--unknown'}>
      {strings.nextStep}
      {step && <a href={`#${step.id}`}>{step.title}</a>}
    </p>
  );
}
