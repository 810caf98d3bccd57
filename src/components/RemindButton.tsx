import type { GuideItem } from '../content/schema.ts';
import type { Strings } from '../content/strings.ts';
import { DialogButton } from './DialogButton.tsx';
import { onDemandWithText } from './onDemand.tsx';

const ReminderDialog = onDemandWithText(() => import('./ReminderDialog.tsx').then((m) => m.ReminderDialog));

/** 提醒我: a calendar event to come back to the step some days later (ReminderDialog.tsx). */
export function RemindButton({ item, strings }: { item: GuideItem; strings: Strings }) {
  return (
    <DialogButton
      className="button button--quiet"
      aria-label={strings.reminder.buttonLabel(item.title)}
      dialog={(close) => <ReminderDialog item={item} onClose={close} />}
    >
      {strings.reminder.button}
    </DialogButton>
  );
}
