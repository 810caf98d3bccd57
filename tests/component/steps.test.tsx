import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render.tsx';

describe('a step with parts', () => {
  it('is mixed while some parts are done, and ticks all of them at once', async () => {
    const { user } = renderApp();
    const step = screen.getByRole<HTMLInputElement>('checkbox', { name: '更新绑定的联系方式' });
    await user.click(screen.getByRole('checkbox', { name: '微信' }));
    await user.click(screen.getByRole('checkbox', { name: '支付宝' }));

    expect(step.indeterminate).toBe(true);
    expect(step).toBePartiallyChecked();
    expect(screen.getByText('2 / 5')).toBeInTheDocument();
    expect(screen.getByText('已完成 0 / 12')).toBeInTheDocument();

    await user.click(step);
    for (const name of ['银行卡', '微信', '支付宝', '电子邮箱', '其他网站和 App']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    expect(step).toBeChecked();
    expect(step.indeterminate).toBe(false);
    expect(screen.getByText('已完成 1 / 12')).toBeInTheDocument();

    await user.click(step);
    expect(screen.getByRole('checkbox', { name: '微信' })).not.toBeChecked();
  });
});

describe('the next step', () => {
  it('is named in the summary with a link, and marked as the current step', async () => {
    const { user } = renderApp();
    const link = screen.getByRole('link', { name: '备份手机里的重要资料' });
    expect(link).toHaveAttribute('href', '#back-up-data');
    expect(screen.getByRole('checkbox', { name: '备份手机里的重要资料' }).closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );

    await user.click(screen.getByRole('checkbox', { name: '备份手机里的重要资料' }));
    expect(screen.getByRole('link', { name: '结清所有欠费' })).toBeInTheDocument();
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
  });
});

describe('when a step was done', () => {
  it('shows the time it was ticked', async () => {
    // Only the clock is stopped: the page's timers, and user-event's, run as usual.
    vi.useFakeTimers({ now: new Date('2026-11-20T08:30:00Z'), toFake: ['Date'] });
    try {
      const { user } = renderApp();
      await user.click(screen.getByRole('checkbox', { name: '等待审核' }));
      const item = screen.getByRole('checkbox', { name: '等待审核' }).closest('li') as HTMLElement;
      const time = within(item).getByText((_, element) => element?.tagName === 'TIME');
      expect(time.getAttribute('datetime')).toBe('2026-11-20T08:30:00.000Z');
      expect(item).toHaveTextContent(/完成于\s*11\/20/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('copying the progress', () => {
  it('puts the whole checklist on the clipboard as text, and says so', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: '等待审核' }));
    await user.click(screen.getByRole('button', { name: '复制进度' }));
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^注销 TM 卡保号卡：分步清单\n已完成 1 \/ 12/);
    expect(text).toContain('✓ 等待审核');
    expect(await screen.findByText(/进度已复制/)).toBeInTheDocument();
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '复制进度' }));
    const field = await screen.findByRole('textbox', { name: '进度文本' });
    expect((field as HTMLTextAreaElement).value).toContain('☐ 等待审核');
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.getByRole('button', { name: '复制进度' })).toHaveFocus();
  });
});
