import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allItems, guide } from '../../src/content/guide.ts';
import { renderApp } from './render.tsx';

describe('the checklist', () => {
  it('shows every item as a checkbox named by its title and described by its explanation', () => {
    renderApp();
    const parts = allItems.flatMap((item) => item.subItems ?? []);
    expect(parts).toHaveLength(9);
    expect(screen.getAllByRole('checkbox')).toHaveLength(12 + parts.length);
    for (const item of allItems) {
      const box = screen.getByRole('checkbox', { name: item.title });
      expect(box).not.toBeChecked();
      expect(box).toHaveAccessibleDescription(item.detail);
    }
  });

  it('groups the items into the three sections, in working order', () => {
    renderApp();
    const main = screen.getByRole('main');
    const headings = within(main).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['1开始之前', '2注销步骤', '3注销之后']);
  });

  it('counts ticks in the summary, the progress bar and the section', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: '提交注销申请' }));
    await user.click(screen.getByRole('checkbox', { name: '等待审核' }));

    expect(screen.getByText('已完成 2 / 12')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: '完成进度' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '12');
    const steps = screen.getByRole('region', { name: /注销步骤/ });
    expect(within(steps).getByText('本部分已完成 2 项，共 6 项')).toBeInTheDocument();
    const before = screen.getByRole('region', { name: /开始之前/ });
    expect(within(before).getByText('本部分已完成 0 项，共 3 项')).toBeInTheDocument();
  });

  it('unticks on a second click', async () => {
    const { user } = renderApp();
    const box = screen.getByRole('checkbox', { name: '结清所有欠费' });
    await user.click(box);
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.getByText('已完成 0 / 12')).toBeInTheDocument();
  });

  it('can be ticked from the keyboard', async () => {
    const { user } = renderApp();
    screen.getByRole('checkbox', { name: '备份手机里的重要资料' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: '备份手机里的重要资料' })).toBeChecked();
  });

  it('says so when everything is done, and reminds to keep the records', async () => {
    const { user } = renderApp();
    expect(screen.queryByText(guide.completion.title)).not.toBeInTheDocument();
    for (const item of allItems) await user.click(screen.getByRole('checkbox', { name: item.title }));
    const status = screen.getAllByRole('status').find((el) => el.textContent?.includes(guide.completion.title));
    expect(status).toHaveTextContent(/凭证/);
    expect(screen.getByText('已完成 12 / 12')).toBeInTheDocument();
  });
});
