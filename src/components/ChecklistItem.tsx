import { memo } from 'react';
import { strings } from '../content/strings.zh-CN.ts';
import type { GuideItem } from '../content/schema.ts';
import { checkboxId, detailId, shareButtonId } from '../links/domIds.ts';
import { shareStep } from '../links/shareStep.ts';
import { useIsDone } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';

interface Props {
  item: GuideItem;
  targeted: boolean;
  /** False until stored progress has been applied. */
  ready: boolean;
}

/** One step: its checkbox named by the title, the explanation, and a button to share its link. */
export const ChecklistItem = memo(function ChecklistItem({ item, targeted, ready }: Props) {
  const done = useIsDone(item.id);
  const classes = ['item', done && 'item--done', targeted && 'item--targeted'].filter(Boolean);

  return (
    <li id={item.id} className={classes.join(' ')}>
      <input
        id={checkboxId(item.id)}
        className="item__box"
        type="checkbox"
        checked={done}
        disabled={!ready}
        onChange={(event) => useProgress.getState().setDone(item.id, event.currentTarget.checked)}
        aria-describedby={detailId(item.id)}
      />
      <label htmlFor={checkboxId(item.id)} className="item__title">
        {item.title}
      </label>
      <p id={detailId(item.id)} className="item__detail">
        {item.detail}
      </p>
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
    </li>
  );
});
