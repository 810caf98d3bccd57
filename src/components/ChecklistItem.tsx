import { memo } from 'react';
import type { GuideItem } from '../content/schema.ts';
import { checkboxId, detailId } from '../links/domIds.ts';
import { useIsDone } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { ShareLinkButton } from './ShareLinkButton.tsx';

interface Props {
  item: GuideItem;
  targeted: boolean;
  /** False until stored progress has been applied. */
  ready: boolean;
}

export const ChecklistItem = memo(function ChecklistItem({ item, targeted, ready }: Props) {
  const done = useIsDone(item.id);
  const classes = ['item', done && 'item--done', targeted && 'item--targeted'].filter(Boolean);

  return (
    <li id={item.id} className={classes.join(' ')}>
      <div className="item__check">
        <input
          id={checkboxId(item.id)}
          type="checkbox"
          checked={done}
          disabled={!ready}
          onChange={(event) => useProgress.getState().setDone(item.id, event.currentTarget.checked)}
          aria-describedby={detailId(item.id)}
        />
        <label htmlFor={checkboxId(item.id)}>{item.title}</label>
      </div>
      <p id={detailId(item.id)} className="item__detail">
        {item.detail}
      </p>
      <ShareLinkButton item={item} ready={ready} />
    </li>
  );
});
