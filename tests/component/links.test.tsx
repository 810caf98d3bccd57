import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgress } from '../../src/progress/store.ts';
import { renderApp } from './render.tsx';

describe('opening a link to a step', () => {
  it('focuses that step without changing progress', () => {
    window.location.hash = '#wait-for-review';
    renderApp();
    expect(screen.getByRole('checkbox', { name: '等待审核' })).toHaveFocus();
    expect(useProgress.getState().done).toEqual({});
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('follows a link followed within the page', () => {
    renderApp();
    act(() => {
      window.location.hash = '#keep-records';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('checkbox', { name: '保存好注销凭证' })).toHaveFocus();
  });

  it('says plainly when the step cannot be found, and the page still works', async () => {
    window.location.hash = '#no-such-step';
    const { user } = renderApp();
    expect(screen.getByRole('alert')).toHaveTextContent('找不到该步骤');
    await user.click(screen.getByRole('checkbox', { name: '等待审核' }));
    expect(screen.getByRole('checkbox', { name: '等待审核' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('never inserts text from the link into the page', () => {
    window.location.hash = '#<img src=x onerror=alert(1)>';
    const { container } = renderApp();
    expect(screen.getByRole('alert')).toHaveTextContent('找不到该步骤');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).not.toContain('onerror');
  });
});
