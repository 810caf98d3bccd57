import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBuilder } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { pages } from '../../build/pages.ts';
import { languageRedirect } from '../../src/locale/languageRedirect.ts';

const sites: string[] = [];

/** A page as the server entry returns it, as source text. */
const page = (lang: string, path: string) =>
  JSON.stringify({ lang, path, title: `in ${lang}`, description: 'd', body: `the ${lang} page` });
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => rm(site, { recursive: true, force: true })));
});

/**
 * A site whose server entry is `serverEntry`, built as `vite build --base=<base>` builds; returns
 * its folder. Its entry script loads each language's text later, as the app does.
 */
async function buildSite(serverEntry: string, base = '/'): Promise<string> {
  // Inside the project, where the test runner can import the server build from.
  await mkdir('.tmp', { recursive: true });
  const root = await mkdtemp(join('.tmp', 'prerender-'));
  sites.push(root);
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8" /><title>t</title><script type="module" src="./main.js"></script></head><div id="root"></div></html>\n',
  );
  await writeFile(join(root, 'main.js'), 'import(`./text.${document.documentElement.lang}.js`);\n');
  for (const lang of ['zh-CN', 'en']) await writeFile(join(root, `text.${lang}.js`), `export default '${lang}';\n`);
  await writeFile(join(root, 'entry-server.js'), serverEntry);
  const builder = await createBuilder({
    root,
    base,
    configFile: false,
    logLevel: 'silent',
    plugins: [pages('entry-server.js', (lang) => [`text.${lang}.js`])],
  });
  await builder.buildApp();
  return root;
}

describe('the prerender plugin', () => {
  it('reports why the server build cannot be loaded, with the original error as the cause', async () => {
    const failure = buildSite(
      "export const settings = JSON.parse('{broken');\nexport async function renderPages() { return []; }\n",
    );
    await expect(failure).rejects.toThrow(/^pages: the server build \S*entry-server\.js failed to load: .*JSON/);
    await expect(failure).rejects.toHaveProperty('cause', expect.any(SyntaxError));
  });

  it('fails when the server build renders no index.html, rather than shipping the page unrendered', async () => {
    const failure = buildSite(`export async function renderPages() { return [${page('en', 'en/')}]; }\n`);
    await expect(failure).rejects.toThrow(/the server build rendered no index\.html/);
  });

  it.each(['/', '/a/path/'])(
    'renders the pages into a build at %s, and removes the server build afterwards',
    async (base) => {
      const site = await buildSite(
        `export async function renderPages() { return [${page('zh-CN', '')}, ${page('en', 'en/')}]; }\n`,
        base,
      );
      const chinese = await readFile(join(site, 'dist/index.html'), 'utf8');
      expect(chinese).toContain('<html lang="zh-CN">');
      expect(chinese).toContain('<div id="root">the zh-CN page</div>');
      expect(chinese).toContain(`<script>${languageRedirect(base)}</script>`);
      expect(languageRedirect(base), 'the redirect goes to the English page under the base').toContain(`"${base}en/"`);
      const english = await readFile(join(site, 'dist/en/index.html'), 'utf8');
      expect(english).toContain('<html lang="en">');
      expect(english).toContain('<title>in en</title>');
      expect(english).toContain('<div id="root">the en page</div>');
      // Each page fetches its own text while it paints, and the entry script, at low priority.
      const prefetches = (html: string) =>
        [...html.matchAll(/<link rel="prefetch" crossorigin href="([^"]+)"/g)].map(([, href]) => href);
      expect(prefetches(chinese)).toEqual([
        expect.stringMatching(new RegExp(`^${base}assets/text\\.zh-CN-[\\w-]+\\.js$`)),
      ]);
      expect(prefetches(english)).toEqual([
        expect.stringMatching(new RegExp(`^${base}assets/text\\.en-[\\w-]+\\.js$`)),
      ]);
      expect(english).toMatch(/<script type="module" crossorigin fetchpriority="low" src=/);
      expect(existsSync(join(site, '.tmp/ssr'))).toBe(false);
    },
  );
});
