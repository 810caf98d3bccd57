import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render.tsx';

const TICKED = ['备份手机里的重要资料', '联系运营商客服', '保存好注销凭证'];

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
    expect(screen.getByRole('button', { name: /重置/ })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '等待审核' }));
    expect(screen.getByRole('button', { name: /重置/ })).toBeEnabled();
  });

  it('asks first, and cancelling keeps every tick and returns focus', async () => {
    const { user } = renderApp();
    await tickSome(user);
    const resetButton = screen.getByRole('button', { name: /重置/ });
    await user.click(resetButton);

    const dialog = screen.getByRole('dialog', { name: '要清除全部进度吗？' });
    expect(dialog).toHaveAccessibleDescription('这会取消全部勾选，并清除所有备注。清除后还可以立即撤销。');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(resetButton).toHaveFocus();
    expect(checkedNames()).toEqual(TICKED);
  });

  it('clears every tick on confirm, then undo restores exactly those ticks', async () => {
    const { user } = renderApp();
    await tickSome(user);
    await user.click(screen.getByRole('button', { name: /重置/ }));
    await user.click(screen.getByRole('button', { name: '清除进度' }));

    expect(checkedNames()).toEqual([]);
    expect(screen.getByText('已完成 0 / 12')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(undo).toHaveFocus();
    expect(undo).toHaveAccessibleDescription('已清除全部勾选和备注。');

    await user.click(undo);
    expect(checkedNames()).toEqual(TICKED);
    expect(screen.queryByRole('button', { name: '撤销' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重置/ })).toHaveFocus();
    expect(screen.getByText('已恢复清除前的进度。').closest('[role="status"]')).toBeInTheDocument();
  });
});
