import { describe, expect, it, vi } from 'vitest';
import { shareLink } from '../../src/links/share.ts';
import { item } from '../support/guide.ts';

const request = { url: 'https://example.org/#keep-records', title: item('keep-records').title };

function fakeNavigator({ share, writeText }: { share?: () => Promise<void>; writeText?: () => Promise<void> }) {
  return {
    share: share ? vi.fn(share) : undefined,
    clipboard: { writeText: vi.fn(writeText ?? (() => Promise.resolve())) },
  } as unknown as Navigator & {
    share: ReturnType<typeof vi.fn> | undefined;
    clipboard: { writeText: ReturnType<typeof vi.fn> };
  };
}

describe('shareLink', () => {
  it('uses the system share sheet where there is one', async () => {
    const nav = fakeNavigator({ share: () => Promise.resolve() });
    expect(await shareLink(request, nav)).toBe('shared');
    expect(nav.share).toHaveBeenCalledWith({ url: request.url, title: request.title });
    expect(nav.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('does nothing more when the person cancels the share sheet', async () => {
    const nav = fakeNavigator({ share: () => Promise.reject(new DOMException('cancelled', 'AbortError')) });
    expect(await shareLink(request, nav)).toBe('cancelled');
    expect(nav.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('falls back to the clipboard when sharing fails or is missing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = fakeNavigator({ share: () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    expect(await shareLink(request, failing)).toBe('copied');
    expect(failing.clipboard.writeText).toHaveBeenCalledWith(request.url);

    const missing = fakeNavigator({});
    expect(await shareLink(request, missing)).toBe('copied');
    expect(missing.clipboard.writeText).toHaveBeenCalledWith(request.url);
  });

  it('sends a message that holds the link in place of the bare link, shared or copied', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const message = `我注销保号卡的进度（3/13）：${request.url}`;
    const sharing = fakeNavigator({ share: () => Promise.resolve() });
    expect(await shareLink({ ...request, message }, sharing)).toBe('shared');
    expect(sharing.share).toHaveBeenCalledWith({ title: request.title, text: message });

    const copying = fakeNavigator({});
    expect(await shareLink({ ...request, message }, copying)).toBe('copied');
    expect(copying.clipboard.writeText).toHaveBeenCalledWith(message);
  });

  it('asks for a manual copy when the clipboard refuses too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const nav = fakeNavigator({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    expect(await shareLink(request, nav)).toBe('manual');
  });

  it('asks for a manual copy where there is no clipboard at all (insecure pages)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await shareLink(request, { share: undefined } as unknown as Navigator)).toBe('manual');
  });
});
