import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { progressAction, stepAction } from './controls.ts';

// The reset dialog fails as it renders; the note field's code cannot be fetched.
vi.mock('../../src/components/ResetDialog.tsx', () => ({
  ResetDialog: () => {
    throw new Error('The reset dialog failed');
  },
}));
vi.mock('../../src/components/NoteEditor.tsx', () => Promise.reject(new Error('offline')));

describe('a part of the page that fails', () => {
  it('says so in its place, and the rest of the page works on', async () => {
    // React logs what the part's boundary caught: the reason, for whoever looks.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: item('back-up-data').title }));
    await user.click(await progressAction(user, strings.reset.button));

    expect(await screen.findByRole('alert')).toHaveTextContent(strings.loadFailed);
    expect(logged).toHaveBeenCalled();
    const next = screen.getByRole('checkbox', { name: item('keep-records').title });
    await user.click(next);
    expect(next).toBeChecked();
    expect(screen.getByText(strings.doneCount(2, STEP_COUNT))).toBeInTheDocument();
  });

  it('that cannot be fetched says so in its place', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderApp();
    const step = item('contact-carrier');
    await user.click(await stepAction(user, step.title, strings.note.buttonLabel(step.title)));
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.loadFailed);
    expect(logged).toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: step.title })).toBeEnabled();
  });
});
