import { memo } from 'react';
import type { Strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { detailId, shareButtonId } from '../links/domIds.ts';
import { shareStep } from '../links/shareStep.ts';
import { useIsNextStep, useStepDoneTime } from '../progress/selectors.ts';
import { ItemNote } from './ItemNote.tsx';
import { PartList } from './PartList.tsx';
import { StepCheckbox } from './StepCheckbox.tsx';

interface Props {
  item: GuideItem;
  targeted: boolean;
  /** False until stored progress has been applied. */
  ready: boolean;
  /** Passed down rather than subscribed to: a thousand items need not each watch the language. */
  strings: Strings;
}

/** One step: its checkbox, the explanation, its parts, a share button, when it was done, a note. */
export const ChecklistItem = memo(function ChecklistItem({ item, targeted, ready, strings }: Props) {
  const doneTime = useStepDoneTime(item);
  const isNext = useIsNextStep(item.id) && ready;
  const done = doneTime !== undefined;
  const classes = ['item', done && 'item--done', targeted && 'item--targeted'].filter(Boolean);

  return (
    <li id={item.id} className={classes.join(' ')} aria-current={isNext ? 'step' : undefined}>
      <StepCheckbox item={item} ready={ready} done={done} strings={strings} />
      <p id={detailId(item.id)} className="item__detail">
        {item.detail}
      </p>
      {item.subItems && <PartList parts={item.subItems} ready={ready} />}
      <div className="item__actions">
        <button
          id={shareButtonId(item.id)}
          type="button"
          className="button button--quiet item__share"
          aria-label={strings.share.buttonLabel(item.title)}
          disabled={!ready}
          onClick={() => void shareStep(item)}
        >
          {strings.share.button}
        </button>
      </div>
      {/* The time shares the note button's row, so showing it once progress is read shifts nothing. */}
      <div className="item__footer">
        <ItemNote item={item} ready={ready} strings={strings} />
        {typeof doneTime === 'string' && (
          <p className="item__done-at">
            <span className="visually-hidden">{strings.doneAt}</span>
            <time dateTime={doneTime}>{strings.formatDoneTime(doneTime)}</time>
          </p>
        )}
      </div>
    </li>
  );
});
