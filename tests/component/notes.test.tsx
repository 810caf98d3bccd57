import { act, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { progressAction, stepAction } from './controls.ts';

/** The notes in storage: none while nothing is stored. */
const storedNotes = () =>
  (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"state":{"notes":{}}}') as { state: { notes: unknown } }).state
    .notes;
/** A step's note button, behind its 更多. */
const noteButton = (user: UserEvent, id: string) =>
  stepAction(user, item(id).title, strings.note.buttonLabel(item(id).title));
const noteField = (id: string) => screen.queryByRole('textbox', { name: strings.note.fieldLabel(item(id).title) });
/** An open note's field, once it has loaded. */
const findNoteField = (id: string) => screen.findByRole('textbox', { name: strings.note.fieldLabel(item(id).title) });

describe('notes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const renderWithFakeTimers = () => renderApp({ advanceTimers: vi.advanceTimersByTime });

  it('are saved a moment after typing stops, and come back after a reset is undone', async () => {
    const { user } = renderWithFakeTimers();
    await user.click(await noteButton(user, 'contact-carrier'));
    await user.type(await findNoteField('contact-carrier'), '工单号 A123');
    expect(storedNotes()).toEqual({});
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(storedNotes()).toEqual({ 'contact-carrier': '工单号 A123' });

    await user.click(await progressAction(user, strings.reset.button));
    await user.click(await screen.findByRole('button', { name: strings.reset.confirm }));
    expect(await findNoteField('contact-carrier')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: strings.reset.undo }));
    expect(await findNoteField('contact-carrier')).toHaveValue('工单号 A123');
  });

  it('are saved at once when the person leaves the field', async () => {
    const { user } = renderWithFakeTimers();
    await user.click(await noteButton(user, 'wait-for-review'));
    await user.type(await findNoteField('wait-for-review'), '周五再问');
    await user.tab();
    expect(storedNotes()).toEqual({ 'wait-for-review': '周五再问' });
  });

  it('are saved at once when the person leaves the page while typing', async () => {
    const { user } = renderWithFakeTimers();
    await user.click(await noteButton(user, 'wait-for-review'));
    await user.type(await findNoteField('wait-for-review'), '周五再问');
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });
    expect(storedNotes()).toEqual({ 'wait-for-review': '周五再问' });
  });

  it('open and close, with text in them or not, and keep what was typed', async () => {
    const { user } = renderWithFakeTimers();
    const button = await noteButton(user, 'wait-for-review');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.type(await findNoteField('wait-for-review'), '周五再问');

    // Closed by voice control or a screen reader, without the field losing focus first.
    act(() => button.click());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(noteField('wait-for-review')).not.toBeInTheDocument();
    expect(storedNotes()).toEqual({ 'wait-for-review': '周五再问' });

    await user.click(button);
    expect(await findNoteField('wait-for-review')).toHaveValue('周五再问');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(noteField('wait-for-review')).not.toBeInTheDocument();
  });

  it('that were saved before show on their step when the page starts, and open for editing', async () => {
    useProgress.getState().setNote('keep-records', '凭证在抽屉里');
    const { user } = renderWithFakeTimers();
    expect(screen.getByText('凭证在抽屉里')).toBeVisible();
    expect(noteField('keep-records')).not.toBeInTheDocument();
    await user.click(await noteButton(user, 'keep-records'));
    expect(await findNoteField('keep-records')).toHaveValue('凭证在抽屉里');
  });

  it('arriving from another tab show on their step, so the new text is seen', async () => {
    renderWithFakeTimers();
    expect(screen.queryByText('已电话确认')).not.toBeInTheDocument();
    const theirs = { state: { done: {}, notes: { 'wait-for-review': '已电话确认' } }, version: 2 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(theirs));
    await act(() => window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY })));
    expect(screen.getByText('已电话确认')).toBeVisible();
  });
});
