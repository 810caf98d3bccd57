import { describe, expect, it } from 'vitest';
import { pageUrlIn } from '../../src/locale/pages.ts';

describe('pageUrlIn', () => {
  it("moves to the other language's page, keeping the query and the link to a step", () => {
    expect(pageUrlIn('en', 'https://example.test/?from=qr#settle-bills')).toBe(
      'https://example.test/en/?from=qr#settle-bills',
    );
    expect(pageUrlIn('zh-CN', 'https://example.test/en/#settle-bills')).toBe('https://example.test/#settle-bills');
  });

  it('stays under the base of a site hosted in a folder', () => {
    expect(pageUrlIn('en', 'https://example.test/tm/#settle-bills', '/tm/')).toBe(
      'https://example.test/tm/en/#settle-bills',
    );
    expect(pageUrlIn('zh-CN', 'https://example.test/tm/en/?from=qr', '/tm/')).toBe('https://example.test/tm/?from=qr');
  });

  it('stays put when already on the page', () => {
    expect(pageUrlIn('en', 'https://example.test/en/')).toBe('https://example.test/en/');
  });
});
