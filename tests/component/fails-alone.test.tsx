import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STEP_COUNT, item } from '../support/guide.ts';
import { renderApp } from './render.tsx';
import { progressAction } from './controls.ts';

// The language switch, a control drawn with the page (not loaded on demand), fails as it renders.
vi.mock('../../src/components/LanguageSwitch.tsx', () => ({
  LanguageSwitch: () => {
    throw new Error('The language switch failed');
  },
}));

describe('a control of the page that fails as it renders', () => {
  it('says so in its place, and the rest of the page works on', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.loadFailed);
    expect(logged).toHaveBeenCalled();
    const step = screen.getByRole('checkbox', { name: item('keep-records').title });
    await user.click(step);
    expect(step).toBeChecked();
    expect(screen.getByText(strings.doneCount(1, STEP_COUNT))).toBeInTheDocument();
    expect(await progressAction(user, strings.reset.button)).toBeEnabled();
  });
});
