import type { GuideItem } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import { DialogButton } from './DialogButton.tsx';
import { onDemand } from './onDemand.tsx';

const ReminderDialog = onDemand(() => import('./ReminderDialog.tsx').then((m) => m.ReminderDialog), true);

interface Props {
  item: GuideItem;
  strings: Strings;
}

/** 提醒我: a calendar event to come back to the step some days later (ReminderDialog.tsx). */
export function RemindButton({ item, strings }: Props) {
  return (
    <DialogButton
      className="button button--quiet"
      aria-label={strings.reminder.buttonLabel(item.title)}
      dialog={ReminderDialog}
      dialogProps={{ item }}
    >
      {strings.reminder.button}
    </DialogButton>
  );
}
