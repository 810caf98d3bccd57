import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { allItems } from '../../src/content/guide.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';

const shareButton = (id: string) => screen.getByRole('button', { name: strings.share.buttonLabel(item(id).title) });

describe('sharing a step', () => {
  it('copies the page address with the step fragment and says so politely', async () => {
    const { user } = renderApp();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(shareButton('wait-for-review'));

    expect(writeText).toHaveBeenCalledWith(`${location.origin}${location.pathname}#wait-for-review`);
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}${location.pathname}#wait-for-review`);
    expect(await screen.findByText(strings.share.copied)).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(strings.share.copied);
  });

  it('shows the link selected in a field when it cannot be copied', async () => {
    const { user } = renderApp();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(shareButton('keep-records'));

    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: strings.share.manualLabel });
    expect(field).toHaveValue(`${location.origin}${location.pathname}#keep-records`);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);

    await user.click(screen.getByRole('button', { name: strings.manualCopy.close }));
    expect(screen.queryByRole('textbox', { name: strings.share.manualLabel })).not.toBeInTheDocument();
    expect(shareButton('keep-records')).toHaveFocus();
  });

  it('gives every step its own share control', () => {
    renderApp();
    for (const step of allItems) expect(shareButton(step.id)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: new RegExp(`^${strings.share.button}`) })).toHaveLength(STEP_COUNT);
  });
});
