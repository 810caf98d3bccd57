import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { encodeProgress } from '../../src/links/progressLink.ts';
import type { StoredProgress } from '../../src/progress/stored.ts';
import { useProgress } from '../../src/progress/store.ts';
import { guideIn, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { openProgressActions } from './controls.ts';

const link = onDemandZhCN.progressLink;
const TIME = '2026-11-20T08:00:00.000Z';
const THEIRS: StoredProgress = { done: { 'settle-bills': TIME }, notes: {} };
const EMPTY: StoredProgress = { done: {}, notes: {} };

const heading = () => screen.getByRole('heading', { level: 1, name: guideIn('zh-CN').title });
const resetButton = () => screen.getByRole('button', { name: strings.reset.button });

/** Opens the page on a progress link carrying `sent`, with `own` progress stored. */
async function openLink(sent: StoredProgress, own: StoredProgress) {
  useProgress.setState(own);
  window.location.hash = `#${encodeProgress(sent, true)}`;
  const rendered = renderApp();
  return { ...rendered, dialog: await screen.findByRole('dialog', { name: link.incomingTitle }) };
}

describe('focus, once what had it is gone', () => {
  it('goes to the page’s heading after undoing a use that leaves nothing ticked', async () => {
    const { user, dialog } = await openLink(THEIRS, EMPTY);
    await user.click(within(dialog).getByRole('button', { name: link.use }));
    await user.click(screen.getByRole('button', { name: strings.reset.undo }));
    expect(heading()).toHaveFocus();
    await openProgressActions(user);
    expect(resetButton()).toBeDisabled();
  });

  it('goes to the reset button, where it is shown, after undoing a merge that leaves something ticked', async () => {
    const own: StoredProgress = { done: { 'back-up-data': TIME }, notes: {} };
    const { user, dialog } = await openLink(THEIRS, own);
    await user.click(within(dialog).getByRole('button', { name: link.merge }));
    await openProgressActions(user);
    await user.click(screen.getByRole('button', { name: strings.reset.undo }));
    expect(resetButton()).toHaveFocus();
  });

  it('goes to the page’s heading when a link is turned down', async () => {
    const { user, dialog } = await openLink(THEIRS, EMPTY);
    await user.click(within(dialog).getByRole('button', { name: link.ignore }));
    expect(heading()).toHaveFocus();
  });

  it('goes to the page’s heading when a dialog closes and the button that opened it can no longer take it', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: item('back-up-data').title }));
    await openProgressActions(user);
    await user.click(resetButton());
    const dialog = await screen.findByRole('dialog', { name: strings.reset.title });
    // Another tab clears the progress meanwhile: there is nothing left to reset.
    act(() => {
      useProgress.setState(EMPTY);
    });
    await user.click(within(dialog).getByRole('button', { name: strings.reset.cancel }));
    expect(resetButton()).toBeDisabled();
    expect(heading()).toHaveFocus();
  });

  it('goes back to the button that opened a dialog when it closes', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: item('back-up-data').title }));
    await openProgressActions(user);
    await user.click(resetButton());
    const dialog = await screen.findByRole('dialog', { name: strings.reset.title });
    await user.click(within(dialog).getByRole('button', { name: strings.reset.cancel }));
    expect(resetButton()).toHaveFocus();
  });

  it('goes to the page’s heading when looking at someone’s progress ends', async () => {
    const { user, dialog } = await openLink(THEIRS, EMPTY);
    await user.click(within(dialog).getByRole('button', { name: link.look }));
    await user.click(await screen.findByRole('button', { name: link.backToMine }));
    expect(heading()).toHaveFocus();
  });
});
