import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { STORAGE_KEY } from '../../src/progress/key.ts';
import { useProgress } from '../../src/progress/store.ts';
import { useNotices } from '../../src/status/notices.ts';
import { item } from '../support/guide.ts';
import { renderApp } from './render.tsx';

const checkbox = (id: string) => screen.getByRole('checkbox', { name: item(id).title });

describe('storage notices', () => {
  it('says when saved progress was partly unreadable, keeping the readable ticks', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state":{"done":{"keep-records":null,"gone":1}},"version":1}');
    await useProgress.persist.rehydrate();
    const { user } = renderApp();

    expect(screen.getByRole('alert')).toHaveTextContent(strings.storage.recovered['backed-up']);
    expect(checkbox('keep-records')).toBeChecked();
    await user.click(screen.getByRole('button', { name: strings.dismiss }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('says when a tick could not be saved because storage is full', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = renderApp();
    await user.click(checkbox('settle-bills'));

    expect(checkbox('settle-bills')).toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent(strings.storage.full);
  });

  it('says when this device does not let the page save anything', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = renderApp();
    await user.click(checkbox('settle-bills'));

    expect(checkbox('settle-bills')).toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent(strings.storage.unavailable);
  });
});

describe('a new version', () => {
  it('is offered, never swapped in silently', async () => {
    const apply = vi.fn();
    const { user } = renderApp();
    expect(screen.queryByRole('button', { name: strings.update.reload })).not.toBeInTheDocument();
    act(() => useNotices.getState().offerUpdate(apply));
    expect(screen.getByText(strings.update.available)).toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: strings.update.reload }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
