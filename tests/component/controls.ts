import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Strings } from '../../src/content/strings.ts';
import { stringsZhCN } from '../../src/content/strings.zh-CN.ts';

async function open(user: UserEvent, name: string) {
  const more = screen.getByRole('button', { name });
  if (more.getAttribute('aria-expanded') !== 'true') await user.click(more);
}

/** Opens 更多 beside 发送进度, where progress is copied, exported, imported and reset. */
export const openProgressActions = (user: UserEvent, strings: Strings = stringsZhCN) =>
  open(user, strings.more.progressLabel);

/** Opens a step's 更多, where its note, share and reminder buttons are. */
export const openStepActions = (user: UserEvent, title: string, strings: Strings = stringsZhCN) =>
  open(user, strings.more.stepLabel(title));

/** A button behind 更多 beside 发送进度, once it is open. */
export async function progressAction(user: UserEvent, name: string, strings: Strings = stringsZhCN) {
  await openProgressActions(user, strings);
  return screen.getByRole('button', { name });
}

/** A button behind a step's 更多 (`name` is its accessible name), once it is open. */
export async function stepAction(user: UserEvent, title: string, name: string, strings: Strings = stringsZhCN) {
  await openStepActions(user, title, strings);
  return screen.getByRole('button', { name });
}
