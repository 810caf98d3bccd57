import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { allItems } from '../../src/content/guide.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { stepAction } from './controls.ts';

/** A step's share button, behind its 更多. */
const shareButton = (user: UserEvent, id: string) =>
  stepAction(user, item(id).title, strings.share.buttonLabel(item(id).title));

describe('sharing a step', () => {
  it('copies the page address with the step fragment and says so politely', async () => {
    const { user } = renderApp();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(await shareButton(user, 'wait-for-review'));

    expect(writeText).toHaveBeenCalledWith(`${location.origin}${location.pathname}#wait-for-review`);
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}${location.pathname}#wait-for-review`);
    expect(await screen.findByText(strings.share.copied)).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(strings.share.copied);
  });

  it('shows the link selected in a field when it cannot be copied', async () => {
    const { user } = renderApp();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(await shareButton(user, 'keep-records'));

    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: strings.share.manualLabel });
    expect(field).toHaveValue(`${location.origin}${location.pathname}#keep-records`);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);

    await user.click(screen.getByRole('button', { name: strings.manualCopy.close }));
    expect(screen.queryByRole('textbox', { name: strings.share.manualLabel })).not.toBeInTheDocument();
    expect(await shareButton(user, 'keep-records')).toHaveFocus();
  });

  it('gives every step its own share control, behind its 更多', async () => {
    const { user } = renderApp();
    for (const step of allItems) expect(await shareButton(user, step.id)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: new RegExp(`^${strings.share.button}`) })).toHaveLength(STEP_COUNT);
  });
});
