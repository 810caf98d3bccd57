import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render.tsx';

describe('sharing a step', () => {
  it('copies the page address with the step fragment and says so politely', async () => {
    const { user } = renderApp();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: '分享链接：等待审核' }));

    expect(writeText).toHaveBeenCalledWith(`${location.origin}${location.pathname}#wait-for-review`);
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}${location.pathname}#wait-for-review`);
    expect(await screen.findByText('链接已复制')).toBeInTheDocument();
    expect(screen.getByText('链接已复制').closest('[role="status"]')).toBeInTheDocument();
  });

  it('shows the link selected in a field when it cannot be copied', async () => {
    const { user } = renderApp();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: '分享链接：保存好注销凭证' }));

    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: '这一步的链接' });
    expect(field).toHaveValue(`${location.origin}${location.pathname}#keep-records`);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);

    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('textbox', { name: '这一步的链接' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '分享链接：保存好注销凭证' })).toHaveFocus();
  });

  it('gives every step its own share control', () => {
    renderApp();
    expect(screen.getAllByRole('button', { name: /链接/ })).toHaveLength(12);
  });
});
