import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { guideIn, item, partsOf, STEP_COUNT } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { progressAction } from './controls.ts';

const checkbox = (id: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: item(id).title });

describe('a step with parts', () => {
  it('is mixed while some parts are done, and ticks all of them at once', async () => {
    const { user } = renderApp();
    const parts = partsOf('update-linked-accounts');
    const step = checkbox('update-linked-accounts');
    await user.click(checkbox('update-wechat'));
    await user.click(checkbox('update-alipay'));

    expect(step.indeterminate).toBe(true);
    expect(step).toBePartiallyChecked();
    expect(screen.getByText(strings.fraction(2, parts.length))).toBeInTheDocument();
    expect(screen.getByText(strings.doneCount(0, STEP_COUNT))).toBeInTheDocument();

    await user.click(step);
    for (const part of parts) expect(checkbox(part.id)).toBeChecked();
    expect(step).toBeChecked();
    expect(step.indeterminate).toBe(false);
    expect(screen.getByText(strings.doneCount(1, STEP_COUNT))).toBeInTheDocument();

    await user.click(step);
    expect(checkbox('update-wechat')).not.toBeChecked();
  });
});

describe('the next step', () => {
  it('is named in the summary with a link, and marked as the current step', async () => {
    const { user } = renderApp();
    const link = screen.getByRole('link', { name: item('move-accounts-first').title });
    expect(link).toHaveAttribute('href', '#move-accounts-first');
    expect(checkbox('move-accounts-first').closest('li')).toHaveAttribute('aria-current', 'step');

    await user.click(checkbox('move-accounts-first'));
    expect(screen.getByRole('link', { name: item('back-up-data').title })).toBeInTheDocument();
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
  });
});

describe('when a step was done', () => {
  it('shows the time it was ticked, written as people write dates', async () => {
    // Only the clock is stopped: the page's timers, and user-event's, run as usual.
    vi.useFakeTimers({ now: new Date('2026-11-20T08:30:00Z'), toFake: ['Date'] });
    try {
      const { user } = renderApp();
      await user.click(checkbox('wait-for-review'));
      const step = checkbox('wait-for-review').closest('li') as HTMLElement;
      const time = within(step).getByText((_, element) => element?.tagName === 'TIME');
      expect(time.getAttribute('datetime')).toBe('2026-11-20T08:30:00.000Z');
      expect(step).toHaveTextContent(new RegExp(`${strings.doneAt}\\s*11月20日 \\d{2}:30`));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('copying the progress', () => {
  it('puts the whole checklist on the clipboard as text, and says so', async () => {
    const { user } = renderApp();
    await user.click(checkbox('wait-for-review'));
    await user.click(await progressAction(user, strings.copyProgress.button));
    const text = await navigator.clipboard.readText();
    expect(text.split('\n').slice(0, 2)).toEqual([guideIn('zh-CN').title, strings.doneCount(1, STEP_COUNT)]);
    expect(text).toContain(`✓ ${item('wait-for-review').title}`);
    expect(await screen.findByText(strings.copyProgress.copied)).toBeInTheDocument();
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { user } = renderApp();
    await user.click(await progressAction(user, strings.copyProgress.button));
    const field = await screen.findByRole('textbox', { name: strings.copyProgress.manualLabel });
    expect((field as HTMLTextAreaElement).value).toContain(`☐ ${item('wait-for-review').title}`);
    await user.click(screen.getByRole('button', { name: strings.manualCopy.close }));
    expect(screen.getByRole('button', { name: strings.copyProgress.button })).toHaveFocus();
  });
});
