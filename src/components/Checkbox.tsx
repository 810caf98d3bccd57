import { useLayoutEffect, useRef, type Ref } from 'react';
import { checkIds } from '../content/structure.ts';
import type { Strings } from '../content/strings.ts';
import type { GuideItem } from '../content/schema.ts';
import { checkboxId, detailId, partsCountId } from '../links/domIds.ts';
import { usePartsDone } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';

interface Props {
  item: GuideItem;
  /** The boxes show the stored ticks and take new ones (`useTicksShown`). */
  usable: boolean;
  strings: Strings;
}

/** A step with parts: ticked when every part is, mixed when some are; ticking it ticks them all. */
export function PartsCheckbox(props: Props) {
  const { item } = props;
  const partsDone = usePartsDone(item);
  const boxRef = useRef<HTMLInputElement>(null);
  const mixed = partsDone > 0 && partsDone < checkIds(item).length;

  useLayoutEffect(() => {
    if (boxRef.current) boxRef.current.indeterminate = mixed;
  }, [mixed]);

  return <Checkbox {...props} partsDone={partsDone} boxRef={boxRef} />;
}

interface CheckboxProps extends Props {
  /** How many of the step's tickable ids are done: itself, or its parts. */
  partsDone: number;
  boxRef?: Ref<HTMLInputElement>;
}

/** A step's checkbox, named by its title and described by its explanation. */
export function Checkbox({ item, usable, strings, partsDone, boxRef }: CheckboxProps) {
  const parts = checkIds(item);
  return (
    <>
      <input
        ref={boxRef}
        id={checkboxId(item.id)}
        className="item__box"
        type="checkbox"
        // Stored progress decides the tick: Firefox would otherwise restore the previous ticks, and
        // enable the box, on reload, before the app has started.
        autoComplete="off"
        checked={partsDone === parts.length}
        disabled={!usable}
        onChange={(event) => useProgress.getState().setDone(parts, event.currentTarget.checked)}
        aria-describedby={detailId(item.id)}
      />
      <label htmlFor={checkboxId(item.id)} className="item__title">
        {item.title}
        {/* Seen, not read out: the box itself says "mixed", and each part has its own box. */}
        {item.subItems && (
          <span id={partsCountId(item.id)} className="item__parts" aria-hidden="true">
            {strings.fraction(partsDone, parts.length)}
          </span>
        )}
      </label>
    </>
  );
}
