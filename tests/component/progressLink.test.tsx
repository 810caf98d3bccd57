import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { totalItems } from '../../src/content/guide.ts';
import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { encodeProgress } from '../../src/links/progressLink.ts';
import { NOTE_JOIN } from '../../src/progress/merge.ts';
import type { StoredProgress } from '../../src/progress/restore.ts';
import { useProgress } from '../../src/progress/store.ts';
import { item, step } from '../support/guide.ts';
import { renderApp } from './render.tsx';

const link = { ...strings.progressLink, ...onDemandZhCN.progressLink };
const { qr } = onDemandZhCN;
const checkbox = (id: string) => screen.getByRole('checkbox', { name: item(id).title });
const TIME = '2026-11-20T08:00:00.000Z';

/** The person's own progress: one step done, with a note. */
const OWN: StoredProgress = { done: { 'back-up-data': TIME }, notes: { 'contact-carrier': '工单 0042' } };
/** Sent by a helper: two other steps done, and a note on the same step. */
const THEIRS: StoredProgress = {
  done: { 'settle-bills': TIME, 'check-account-info': null },
  notes: { 'contact-carrier': '周一回电' },
};

function openLink(sent: StoredProgress) {
  useProgress.setState(OWN);
  window.location.hash = `#${encodeProgress(sent, true)}`;
  return renderApp();
}

const dialog = () => screen.findByRole('dialog', { name: link.incomingTitle });

describe('opening a progress link', () => {
  it('shows both counts, the steps that differ (partly done ones with their parts), its notes, and changes nothing by itself', async () => {
    const { user } = openLink({
      ...THEIRS,
      done: { ...THEIRS.done, 'update-bank-cards': TIME, 'update-wechat': TIME },
    });
    expect(await dialog()).toHaveAccessibleDescription(link.compare(2, 1, totalItems));
    await user.click(within(await dialog()).getByText(link.differ(4)));
    const differing = within(await dialog())
      .getAllByRole('listitem')
      .map((entry) => entry.textContent);
    const one = { done: 1, total: 1 };
    const none = { done: 0, total: 1 };
    expect(differing).toEqual([
      link.differs(item('back-up-data').title, none, one, false),
      link.differs(item('settle-bills').title, one, none, false),
      link.differs(item('check-account-info').title, one, none, false),
      link.differs(step('update-linked-accounts').title, { done: 2, total: 5 }, { done: 0, total: 5 }, false),
    ]);
    expect(within(await dialog()).getByText(link.notesInLink(1))).toBeInTheDocument();
    expect(useProgress.getState()).toMatchObject(OWN);
  });

  it('offers looking first, and says under each choice what it does', async () => {
    openLink(THEIRS);
    const buttons = within(await dialog()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([link.look, link.merge, link.take, link.ignore]);
    for (const [button, does] of [
      [link.look, link.lookDoes],
      [link.merge, link.mergeDoes],
      [link.take, link.takeDoes],
      [link.ignore, link.ignoreDoes],
    ] as const) {
      expect(within(await dialog()).getByRole('button', { name: button })).toHaveAccessibleDescription(does);
    }
  });

  it('to someone with nothing of their own, offers one way to use it, not merge and replace', async () => {
    useProgress.setState({ done: {}, notes: {} });
    window.location.hash = `#${encodeProgress(THEIRS, true)}`;
    const { user } = renderApp();
    const buttons = within(await dialog()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([link.look, link.use, link.ignore]);
    await user.click(within(await dialog()).getByRole('button', { name: link.use }));
    expect(useProgress.getState()).toMatchObject(THEIRS);
  });

  it('where one’s own progress is all in the link, offers one way to use it, and loses no note of one’s own', async () => {
    const own: StoredProgress = { done: { 'settle-bills': TIME }, notes: { 'contact-carrier': '工单 0042' } };
    useProgress.setState(own);
    window.location.hash = `#${encodeProgress(THEIRS, true)}`;
    const { user } = renderApp();
    expect(within(await dialog()).queryByRole('button', { name: link.merge })).not.toBeInTheDocument();
    expect(within(await dialog()).queryByRole('button', { name: link.take })).not.toBeInTheDocument();
    await user.click(within(await dialog()).getByRole('button', { name: link.use }));
    expect(useProgress.getState()).toMatchObject({
      done: THEIRS.done,
      notes: { 'contact-carrier': `${link.mineNote}工单 0042${NOTE_JOIN}${link.theirNote}周一回电` },
    });
  });

  it('where the link holds nothing new, says so and offers only looking and closing', async () => {
    useProgress.setState({ done: { ...OWN.done, ...THEIRS.done }, notes: OWN.notes });
    window.location.hash = `#${encodeProgress({ done: THEIRS.done, notes: {} }, true)}`;
    renderApp();
    expect(within(await dialog()).getByText(link.nothingNew)).toBeInTheDocument();
    expect(within(await dialog()).getByText(link.notesInLink(0))).toBeInTheDocument();
    const buttons = within(await dialog()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([link.look, link.ignore]);
  });

  it('only looks: the page shows their ticks, untickable, under a banner with the way back', async () => {
    const { user } = openLink(THEIRS);
    await user.click(within(await dialog()).getByRole('button', { name: link.look }));

    expect(await screen.findByText(link.viewing(2, totalItems))).toBeInTheDocument();
    expect(checkbox('settle-bills')).toBeChecked();
    expect(checkbox('back-up-data')).not.toBeChecked();
    expect(checkbox('settle-bills')).toBeDisabled();
    expect(useProgress.getState()).toMatchObject(OWN);
    expect(window.location.hash).toBe('');

    await user.click(screen.getByRole('button', { name: link.backToMine }));
    expect(checkbox('back-up-data')).toBeChecked();
    expect(checkbox('back-up-data')).toBeEnabled();
    expect(screen.queryByText(link.viewing(2, totalItems))).not.toBeInTheDocument();
  });

  it('takes theirs in place of one’s own, and undo brings one’s own back', async () => {
    const { user } = openLink(THEIRS);
    await user.click(within(await dialog()).getByRole('button', { name: link.take }));
    expect(useProgress.getState()).toMatchObject(THEIRS);
    expect(screen.getByText(link.taken)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: strings.reset.undo }));
    expect(useProgress.getState()).toMatchObject(OWN);
  });

  it('merges the two, keeping every tick and both notes, each labelled whose it is, and undo brings one’s own back', async () => {
    const { user } = openLink(THEIRS);
    await user.click(within(await dialog()).getByRole('button', { name: link.merge }));
    expect(useProgress.getState()).toMatchObject({
      done: { ...OWN.done, ...THEIRS.done },
      notes: { 'contact-carrier': `${link.mineNote}工单 0042${NOTE_JOIN}${link.theirNote}周一回电` },
    });
    for (const id of ['back-up-data', 'settle-bills', 'check-account-info']) expect(checkbox(id)).toBeChecked();

    await user.click(screen.getByRole('button', { name: strings.reset.undo }));
    expect(useProgress.getState()).toMatchObject(OWN);
  });

  it('can be turned down, leaving everything as it was', async () => {
    const { user } = openLink(THEIRS);
    await user.click(within(await dialog()).getByRole('button', { name: link.ignore }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(useProgress.getState()).toMatchObject(OWN);
    expect(window.location.hash).toBe('');
  });

  it('says plainly when the link is damaged, and reads nothing from it', async () => {
    useProgress.setState(OWN);
    window.location.hash = `#${encodeProgress(THEIRS, true).slice(0, -4)}`;
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(link.unreadable);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useProgress.getState()).toMatchObject(OWN);
  });
});

describe('sending progress', () => {
  it('says what the link holds, and puts the notes in only when asked', async () => {
    useProgress.setState(OWN);
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: link.send }));
    const sending = await screen.findByRole('dialog', { name: link.sendTitle });
    expect(within(sending).getByText(link.contains(1, totalItems, 0))).toBeInTheDocument();
    const field = within(sending).getByRole('textbox', { name: link.linkLabel });
    const withoutNotes = new URL((field as HTMLInputElement).value);
    expect(withoutNotes.hash).toBe(`#${encodeProgress({ ...OWN, notes: {} }, false)}`);

    await user.click(within(sending).getByRole('checkbox', { name: link.withNotes(1) }));
    expect(new URL((field as HTMLInputElement).value).hash).toBe(`#${encodeProgress(OWN, true)}`);
  });

  it('counts what the link holds as the page does, partly done steps too, and says who can see it', async () => {
    useProgress.setState({ done: { ...OWN.done, 'update-wechat': TIME }, notes: {} });
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: link.send }));
    const sending = await screen.findByRole('dialog', { name: link.sendTitle });
    expect(
      within(sending).getByText(`链接里带着你的进度：已完成 1 / ${totalItems}，另有 1 步做了一部分，以及完成的时间。`),
    ).toBeVisible();
    expect(
      within(sending).getByText(/收到这个链接的人都能看到里面的进度，它经过的聊天软件（比如微信）也能看到/),
    ).toBeVisible();
    expect(within(sending).queryByText(/服务器|字符/)).not.toBeInTheDocument();
  });

  it('warns to keep ID numbers out of the notes once they are to be sent', async () => {
    useProgress.setState(OWN);
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: link.send }));
    const sending = await screen.findByRole('dialog', { name: link.sendTitle });
    expect(within(sending).queryByText(/身份证号/)).not.toBeInTheDocument();

    await user.click(within(sending).getByRole('checkbox', { name: link.withNotes(1) }));
    expect(within(sending).getByText(link.notesSeen)).toBeVisible();
    expect(within(sending).getByRole('checkbox', { name: link.withNotes(1) })).toHaveAccessibleDescription(
      '带上的备注，拿到链接的人都能看到：请不要在备注里写身份证号、银行卡号或密码。',
    );
  });

  it('copies the link in a sentence that says what it is, and says so inside the dialog', async () => {
    useProgress.setState(OWN);
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: link.send }));
    const sending = await screen.findByRole('dialog', { name: link.sendTitle });
    const shown = within(sending).getByRole<HTMLInputElement>('textbox', { name: link.linkLabel }).value;
    await user.click(within(sending).getByRole('button', { name: link.copy }));

    expect(await navigator.clipboard.readText()).toBe(`我注销保号卡的进度（1/${totalItems}）：${shown}`);
    expect(await within(sending).findByRole('status')).toHaveTextContent('进度链接已复制');
  });

  it('selects the link in its field, to copy by hand, when it cannot be copied', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    useProgress.setState(OWN);
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: link.send }));
    const sending = await screen.findByRole('dialog', { name: link.sendTitle });
    await user.click(within(sending).getByRole('button', { name: link.copy }));

    const field = within(sending).getByRole<HTMLTextAreaElement>('textbox', { name: link.linkLabel });
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('shows the link as a QR code, and says so when notes make it too long for one', async () => {
    useProgress.setState({ ...OWN, notes: { 'contact-carrier': '很长的备注'.repeat(100) } });
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: link.send }));
    const sending = await screen.findByRole('dialog', { name: link.sendTitle });
    expect(within(sending).getByRole('img', { name: qr.label })).toBeInTheDocument();

    await user.click(within(sending).getByRole('checkbox', { name: link.withNotes(1) }));
    expect(within(sending).queryByRole('img', { name: qr.label })).not.toBeInTheDocument();
    expect(within(sending).getByText(qr.tooLong)).toBeInTheDocument();

    await user.click(within(sending).getByRole('button', { name: link.close }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: link.send })).toHaveFocus();
  });
});

describe('opening a reminder’s link', () => {
  /** The progress the reminder was made with, for the step of waiting. */
  const SAVED: StoredProgress = { done: { 'back-up-data': TIME, 'settle-bills': null }, notes: OWN.notes };
  const STEP = 'wait-for-review';

  function openReminder(stored: StoredProgress) {
    useProgress.setState(stored);
    window.location.hash = `#${encodeProgress(SAVED, true, STEP)}`;
    return renderApp();
  }

  it('where the browser cleared the progress, offers it back first, in one tap, then goes to the step', async () => {
    const { user } = openReminder({ done: {}, notes: {} });
    const offer = await screen.findByRole('dialog', { name: link.reminderTitle });
    expect(offer).toHaveAccessibleDescription(link.reminderCompare(2, 0, totalItems));
    expect(within(offer).getByText(link.reminderWhy)).toBeInTheDocument();
    const [first] = within(offer).getAllByRole('button');
    expect(first).toHaveAccessibleName(link.restore);
    expect(first).toHaveAccessibleDescription(link.restoreDoes);
    expect(within(offer).queryByRole('button', { name: link.merge })).not.toBeInTheDocument();
    // With nothing here, replacing would do what bringing it back does.
    expect(within(offer).queryByRole('button', { name: link.take })).not.toBeInTheDocument();
    expect(
      within(offer).getByText(
        link.differs(item('settle-bills').title, { done: 1, total: 1 }, { done: 0, total: 1 }, true),
      ),
    ).toBeInTheDocument();

    await user.click(within(offer).getByRole('button', { name: link.restore }));
    expect(useProgress.getState()).toMatchObject(SAVED);
    await waitFor(() => expect(window.location.hash).toBe(`#${STEP}`));
    await waitFor(() => expect(checkbox(STEP)).toHaveFocus());
    expect(checkbox('back-up-data')).toBeChecked();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('where less than it holds is kept, brings back what is missing and keeps the rest', async () => {
    const { user } = openReminder({ done: { 'keep-records': TIME }, notes: {} });
    const offer = await screen.findByRole('dialog', { name: link.reminderTitle });
    await user.click(within(offer).getByRole('button', { name: link.restore }));
    expect(useProgress.getState()).toMatchObject({ done: { ...SAVED.done, 'keep-records': TIME }, notes: SAVED.notes });
    await waitFor(() => expect(window.location.hash).toBe(`#${STEP}`));
  });

  it('where its progress is already kept, goes straight to the step with no question', async () => {
    const stored = { done: { ...SAVED.done, 'keep-records': TIME }, notes: SAVED.notes };
    openReminder(stored);
    await waitFor(() => expect(window.location.hash).toBe(`#${STEP}`));
    await waitFor(() => expect(checkbox(STEP)).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useProgress.getState()).toMatchObject(stored);
  });
});

describe('looking at a link’s progress, on a page opened again in the same tab', () => {
  /** The page as a reload leaves it: the app starts afresh from what is stored. */
  function reopen() {
    cleanup();
    useProgress.setState({ ...useProgress.getInitialState(), ...OWN }, true);
    return renderApp();
  }

  it('goes on looking until the person goes back to their own, which stays as it was', async () => {
    const { user } = openLink(THEIRS);
    await user.click(within(await dialog()).getByRole('button', { name: link.look }));
    expect(await screen.findByText(link.viewing(2, totalItems))).toBeInTheDocument();

    const again = reopen();
    expect(await screen.findByText(link.viewing(2, totalItems))).toBeInTheDocument();
    expect(checkbox('settle-bills')).toBeChecked();
    expect(checkbox('settle-bills')).toBeDisabled();
    expect(useProgress.getState()).toMatchObject(OWN);

    await again.user.click(screen.getByRole('button', { name: link.backToMine }));
    reopen();
    await waitFor(() => expect(checkbox('back-up-data')).toBeChecked());
    expect(screen.queryByText(link.viewing(2, totalItems))).not.toBeInTheDocument();
  });

  it('where the tab cannot keep it, ends with the page, and everything else works', async () => {
    const store = Storage.prototype.setItem;
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (this === sessionStorage) throw new DOMException('blocked', 'SecurityError');
      store.call(this, key, value);
    });
    const { user } = openLink(THEIRS);
    await user.click(within(await dialog()).getByRole('button', { name: link.look }));
    expect(await screen.findByText(link.viewing(2, totalItems))).toBeInTheDocument();
    reopen();
    await waitFor(() => expect(checkbox('back-up-data')).toBeChecked());
    expect(checkbox('back-up-data')).toBeEnabled();
    setItem.mockRestore();
  });
});
