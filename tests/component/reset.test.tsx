import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { progressAction } from './controls.ts';

const TICKED = [item('back-up-data'), item('contact-carrier'), item('keep-records')].map(({ title }) => title);

async function tickSome(user: ReturnType<typeof renderApp>['user']) {
  for (const name of TICKED) await user.click(screen.getByRole('checkbox', { name }));
}

const checkedNames = () =>
  screen
    .getAllByRole<HTMLInputElement>('checkbox')
    .filter((box) => box.checked)
    .map((box) => box.labels?.[0]?.textContent);

describe('reset', () => {
  it('is disabled while nothing is ticked', async () => {
    const { user } = renderApp();
    expect(await progressAction(user, strings.reset.button)).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: item('wait-for-review').title }));
    expect(screen.getByRole('button', { name: strings.reset.button })).toBeEnabled();
  });

  it('asks first, and cancelling keeps every tick and returns focus', async () => {
    const { user } = renderApp();
    await tickSome(user);
    const resetButton = await progressAction(user, strings.reset.button);
    await user.click(resetButton);

    const dialog = await screen.findByRole('dialog', { name: strings.reset.title });
    expect(dialog).toHaveAccessibleDescription(strings.reset.body);
    const cancel = screen.getByRole('button', { name: strings.reset.cancel });
    // The safe answer is the one a stray Enter gives.
    await waitFor(() => expect(cancel).toHaveFocus());

    await user.click(cancel);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(resetButton).toHaveFocus();
    expect(checkedNames()).toEqual(TICKED);
  });

  it('clears every tick on confirm, then undo restores exactly those ticks', async () => {
    const { user } = renderApp();
    await tickSome(user);
    await user.click(await progressAction(user, strings.reset.button));
    await user.click(await screen.findByRole('button', { name: strings.reset.confirm }));

    expect(checkedNames()).toEqual([]);
    expect(screen.getByText(strings.doneCount(0, STEP_COUNT))).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: strings.reset.undo });
    expect(undo).toHaveFocus();
    expect(undo).toHaveAccessibleDescription(strings.reset.cleared);

    await user.click(undo);
    expect(checkedNames()).toEqual(TICKED);
    expect(screen.queryByRole('button', { name: strings.reset.undo })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: strings.reset.button })).toHaveFocus();
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(strings.reset.restored);
  });
});
