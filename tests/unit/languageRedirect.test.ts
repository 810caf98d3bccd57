import { describe, expect, it, vi } from 'vitest';
import { PREFS_KEY } from '../../src/prefs/key.ts';
import { languageRedirect } from '../../src/locale/languageRedirect.ts';

/** Runs the redirect of a site at `base` on a page at `href`; returns where it sent the page, if anywhere. */
function redirectFrom(base: string, href: string, storedPrefs: string | null): string | undefined {
  const url = new URL(href);
  const replace = vi.fn<(to: string) => void>();
  const location = { pathname: url.pathname, search: url.search, hash: url.hash, replace };
  const localStorage = { getItem: (key: string) => (key === PREFS_KEY ? storedPrefs : null) };
  // The script refers to the page's globals; these stand in for them.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('location', 'localStorage', languageRedirect(base)) as (...globals: unknown[]) => void;
  run(location, localStorage);
  return replace.mock.calls[0]?.[0];
}

const ENGLISH = JSON.stringify({ state: { lang: 'en' }, version: 0 });

describe('the language redirect', () => {
  it.each(['/', '/tm/', '/a/b/'])('takes someone who chose English to the English page under %s', (base) => {
    expect(redirectFrom(base, `https://example.test${base}?from=qr#settle-bills`, ENGLISH)).toBe(
      `${base}en/?from=qr#settle-bills`,
    );
  });

  it('stays on the English page, and leaves everyone else where they are', () => {
    expect(redirectFrom('/tm/', 'https://example.test/tm/en/', ENGLISH)).toBeUndefined();
    expect(
      redirectFrom('/tm/', 'https://example.test/tm/', JSON.stringify({ state: { lang: 'zh-CN' } })),
    ).toBeUndefined();
    expect(redirectFrom('/tm/', 'https://example.test/tm/', null)).toBeUndefined();
    expect(redirectFrom('/tm/', 'https://example.test/tm/', '{broken')).toBeUndefined();
  });
});
