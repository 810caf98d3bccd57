import { memo } from 'react';
import type { GuideItem } from '../content/schema.ts';
import { checkboxId, detailId } from '../links/domIds.ts';
import { useIsDone, useIsReady } from '../progress/selectors.ts';
import { useProgress } from '../progress/store.ts';
import { ShareLinkButton } from './ShareLinkButton.tsx';

interface Props {
  item: GuideItem;
  targeted: boolean;
}

export const ChecklistItem = memo(function ChecklistItem({ item, targeted }: Props) {
  const done = useIsDone(item.id);
  const ready = useIsReady();
  const setDone = useProgress((state) => state.setDone);
  const classes = ['item', done && 'item--done', targeted && 'item--targeted'].filter(Boolean);

  return (
    <li id={item.id} className={classes.join(' ')}>
      <div className="item__check">
        <input
          id={checkboxId(item.id)}
          type="checkbox"
          checked={done}
          disabled={!ready}
          onChange={(event) => setDone(item.id, event.currentTarget.checked)}
          aria-describedby={detailId(item.id)}
        />
        <label htmlFor={checkboxId(item.id)}>{item.title}</label>
      </div>
      <p id={detailId(item.id)} className="item__detail">
        {item.detail}
      </p>
      <ShareLinkButton item={item} />
    </li>
  );
});
