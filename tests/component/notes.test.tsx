import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { renderApp } from './render.tsx';

const storedNotes = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: { notes: unknown } }).state.notes;
const noteButton = (step: string) => screen.getByRole('button', { name: `备注：${step}` });
const noteField = (step: string) => screen.queryByRole('textbox', { name: `${step}的备注` });

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
    await user.click(noteButton('联系运营商客服'));
    await user.type(noteField('联系运营商客服') as HTMLElement, '工单号 A123');
    expect(storedNotes()).toEqual({});
    act(() => vi.advanceTimersByTime(500));
    expect(storedNotes()).toEqual({ 'contact-carrier': '工单号 A123' });

    await user.click(screen.getByRole('button', { name: '重置进度' }));
    await user.click(screen.getByRole('button', { name: '清除进度' }));
    expect(noteField('联系运营商客服')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(noteField('联系运营商客服')).toHaveValue('工单号 A123');
  });

  it('are saved at once when the person leaves the field', async () => {
    const { user } = renderWithFakeTimers();
    await user.click(noteButton('等待审核'));
    await user.type(noteField('等待审核') as HTMLElement, '周五再问');
    await user.tab();
    expect(storedNotes()).toEqual({ 'wait-for-review': '周五再问' });
  });

  it('open and close, with text in them or not, and keep what was typed', async () => {
    const { user } = renderWithFakeTimers();
    const button = noteButton('等待审核');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.type(noteField('等待审核') as HTMLElement, '周五再问');

    // Closed by voice control or a screen reader, without the field losing focus first.
    act(() => button.click());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(noteField('等待审核')).not.toBeInTheDocument();
    expect(storedNotes()).toEqual({ 'wait-for-review': '周五再问' });

    await user.click(button);
    expect(noteField('等待审核')).toHaveValue('周五再问');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(noteField('等待审核')).not.toBeInTheDocument();
  });

  it('that were saved before are open when the page starts, and can be closed', async () => {
    useProgress.getState().setNote('keep-records', '凭证在抽屉里');
    const { user } = renderWithFakeTimers();
    expect(noteField('保存好注销凭证')).toHaveValue('凭证在抽屉里');
    await user.click(noteButton('保存好注销凭证'));
    expect(noteField('保存好注销凭证')).not.toBeInTheDocument();
  });

  it('arriving from another tab open a closed note, so the new text is seen', async () => {
    renderWithFakeTimers();
    expect(noteField('等待审核')).not.toBeInTheDocument();
    const theirs = { state: { done: {}, notes: { 'wait-for-review': '已电话确认' } }, version: 2 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(theirs));
    await act(() => window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY })));
    expect(noteField('等待审核')).toHaveValue('已电话确认');
  });
});
