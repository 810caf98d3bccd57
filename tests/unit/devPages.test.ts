import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devPage } from '../../build/pages.ts';

const indexHtml = readFileSync('index.html', 'utf8');

describe('the pages the dev server sends', () => {
  it('are in English at the English address, and redirect to it from the Chinese one', () => {
    expect(devPage(indexHtml, '/en/', '/')).toContain('<html lang="en">');
    expect(devPage(indexHtml, '/', '/')).toMatch(/<\/title>\s*<script>try\{/);
  });

  it('find the English page under the base', () => {
    expect(devPage(indexHtml, '/tm/en/', '/tm/')).toContain('<html lang="en">');
    expect(devPage(indexHtml, '/en/', '/tm/')).toContain('<html lang="zh-CN">');
  });

  it('fail, naming what is missing, when index.html lacks what they replace', () => {
    expect(() => devPage(indexHtml.replace('<html lang="zh-CN">', '<html>'), '/en/#settle-bills', '/')).toThrow(
      'pages: index.html has no <html lang="zh-CN">',
    );
    expect(() => devPage(indexHtml.replace(/<title>.*<\/title>/, ''), '/', '/')).toThrow(
      'pages: index.html has no </title>',
    );
  });
});
