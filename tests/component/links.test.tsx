import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { useProgress } from '../../src/progress/store.ts';
import { item } from '../support/guide.ts';
import { renderApp } from './render.tsx';

const checkbox = (id: string) => screen.getByRole('checkbox', { name: item(id).title });

describe('opening a link to a step', () => {
  it('focuses that step without changing progress', () => {
    window.location.hash = '#wait-for-review';
    renderApp();
    expect(checkbox('wait-for-review')).toHaveFocus();
    expect(useProgress.getState().done).toEqual({});
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens a link that a chat app added to, and cleans the address to the step', async () => {
    window.history.replaceState(null, '', '/?from=singlemessage#wait-for-review&appinstall=0');
    renderApp();
    await waitFor(() => expect(window.location.hash).toBe('#wait-for-review'));
    expect(window.location.search).toBe('?from=singlemessage');
    expect(checkbox('wait-for-review')).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('follows a link followed within the page', () => {
    renderApp();
    act(() => {
      window.location.hash = '#keep-records';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(checkbox('keep-records')).toHaveFocus();
  });

  it('says plainly when the step cannot be found, and the page still works', async () => {
    window.location.hash = '#no-such-step';
    const { user } = renderApp();
    expect(screen.getByRole('alert')).toHaveTextContent(strings.link.notFound);
    await user.click(checkbox('wait-for-review'));
    expect(checkbox('wait-for-review')).toBeChecked();

    await user.click(screen.getByRole('button', { name: strings.dismiss }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('never inserts text from the link into the page', () => {
    window.location.hash = '#<img src=x onerror=alert(1)>';
    const { container } = renderApp();
    expect(screen.getByRole('alert')).toHaveTextContent(strings.link.notFound);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).not.toContain('onerror');
  });
});
