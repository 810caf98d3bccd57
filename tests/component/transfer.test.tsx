import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { exportText } from '../../src/progress/transfer.ts';
import { item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { openProgressActions, progressAction } from './controls.ts';
import { useProgress } from '../../src/progress/store.ts';

const checkbox = (id: string) => screen.getByRole('checkbox', { name: item(id).title });

/** The file field is hidden: a person reaches it through the import button, behind 更多, which opens it. */
const fileField = async (user: UserEvent) => {
  await openProgressActions(user);
  const field = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (field === null) throw new Error('no file field on the page');
  return field;
};

describe('exporting', () => {
  it('downloads the progress as a file made in the page, with nothing to release that could stop it', async () => {
    const { user } = renderApp();
    await user.click(checkbox('wait-for-review'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(await progressAction(user, strings.transfer.export));

    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^tm-card-cancel-progress-\d{4}-\d{2}-\d{2}\.json$/);
    // A data address: an object URL released at once can stop the download in Safari before it is read.
    expect(link.href).toMatch(/^data:application\/json;charset=utf-8,/);
    expect(decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1))).toBe(exportText(useProgress.getState()));
  });
});

describe('undoing an import', () => {
  it('puts back the progress from before and says that the import was undone', async () => {
    const { user } = renderApp();
    await user.click(checkbox('wait-for-review'));
    const file = new File([exportText({ done: { 'settle-bills': null }, notes: {} })], 'progress.json', {
      type: 'application/json',
    });
    await user.upload(await fileField(user), file);
    expect(
      await screen.findByRole('checkbox', { name: item('settle-bills').title, checked: true }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: strings.reset.undo }));

    expect(checkbox('wait-for-review')).toBeChecked();
    expect(checkbox('settle-bills')).not.toBeChecked();
    const announcements = screen.getAllByRole('status').map((region) => region.textContent);
    expect(announcements).toContain(strings.transfer.undone);
    expect(announcements).not.toContain(strings.reset.restored);
  });
});

describe('importing part of a file', () => {
  it('says, where it offers to undo, that only part of the file was read', async () => {
    const { user } = renderApp();
    const partlyOurs = '{"state":{"done":{"settle-bills":null,"not-a-step":null},"notes":{}},"version":2}';
    await user.upload(await fileField(user), new File([partlyOurs], 'progress.json', { type: 'application/json' }));
    expect(
      await screen.findByRole('checkbox', { name: item('settle-bills').title, checked: true }),
    ).toBeInTheDocument();

    const undo = screen.getByRole('button', { name: strings.reset.undo });
    expect(undo).toHaveAccessibleDescription(strings.transfer.partial);
  });
});
