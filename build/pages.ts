import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import type { Lang } from '../src/content/lang.ts';
import { PAGE_PATHS } from '../src/locale/pages.ts';
import { languageRedirect } from '../src/locale/languageRedirect.ts';
import { isClient } from './clientEnvironment.ts';
import { earlyScriptCode } from './earlyScript.ts';
import { messageOf } from './messageOf.ts';
import { pageFileName, pageFromTemplate } from './pageFromTemplate.ts';
import { replaceInPage } from './replaceInPage.ts';
import { cspFor, earlyScripts } from './securityHeaders.ts';

type ServerEntry = typeof import('../src/entry-server.tsx');

/** Where the server build waits for the client build that prerenders with it; removed after. */
const SERVER_OUT_DIR = '.tmp/ssr';
const SERVER_FILE = 'entry-server.js';

/**
 * The page the dev server of a site at `base` sends for `address`. Nothing is prerendered in
 * development: the English address gets its language, and the Chinese one its redirect, as in the
 * build, so the app starts in the language of the address.
 */
export function devPage(html: string, address: string, base: string): string {
  return address.startsWith(base + PAGE_PATHS.en)
    ? replaceInPage('pages', html, '<html lang="zh-CN">', '<html lang="en">')
    : replaceInPage('pages', html, '</title>', `</title>\n    <script>${languageRedirect(base)}</script>`);
}

/**
 * The page in each language, prerendered by the server build of `serverEntry` into the client build
 * before the service worker is generated (so the precache holds the pages as served), and
 * prefetching the chunks that hold `prefetch(lang)`. The dev server sends each its page unrendered.
 */
export function pages(serverEntry: string, prefetch: (lang: Lang) => readonly string[]): Plugin {
  let base = '/';
  let renderPages: ServerEntry['renderPages'] | undefined;
  return {
    name: 'pages',
    // One instance for the whole build: the client build renders with what the server build made.
    sharedDuringBuild: true,
    config: () => ({
      // `vite build` builds every environment, as `vite build --app` does, in the order of buildApp.
      builder: {},
      environments: {
        ssr: {
          build: {
            outDir: SERVER_OUT_DIR,
            rolldownOptions: { input: serverEntry, output: { entryFileNames: SERVER_FILE } },
          },
        },
      },
    }),
    configResolved(config) {
      ({ base } = config);
      // A relative base cannot serve a page in a folder below the other; `//host/` is another origin, which the CSP blocks.
      if (!/^\/(?!\/)/.test(base)) {
        throw new Error(
          `pages: the base must be the site's path on its own origin, such as / or /tm/, not ${JSON.stringify(base)}`,
        );
      }
    },
    // In development every address is served index.html: the one asked for is the original URL.
    transformIndexHtml: (html, { server, originalUrl, path }) =>
      server ? devPage(html, originalUrl ?? path, base) : html,
    async buildApp(builder) {
      const { ssr, client } = builder.environments;
      if (ssr === undefined || client === undefined)
        throw new Error('pages: the build has no ssr or client environment');
      await builder.build(ssr);
      const serverOutDir = resolve(ssr.config.root, ssr.config.build.outDir);
      const serverFile = join(serverOutDir, SERVER_FILE);
      try {
        ({ renderPages } = (await import(pathToFileURL(serverFile).href).catch((error: unknown) => {
          throw new Error(`pages: the server build ${serverFile} failed to load: ${messageOf(error)}`, {
            cause: error,
          });
        })) as ServerEntry);
        await builder.build(client);
      } finally {
        // Used once: nothing may prerender from a stale server build.
        renderPages = undefined;
        await rm(serverOutDir, { recursive: true, force: true });
      }
    },
    applyToEnvironment: isClient,
    enforce: 'post',
    async generateBundle(_options, bundle) {
      if (renderPages === undefined) return this.error('the server build was not made first; build with `vite build`');
      const template = bundle['index.html'];
      if (template?.type !== 'asset') return this.error('no index.html in the bundle');
      const templateText = String(template.source);
      const rendered = await renderPages();
      if (!rendered.some((page) => pageFileName(page.path) === 'index.html')) {
        return this.error('the server build rendered no index.html');
      }
      const { root } = this.environment.config;
      const csp = cspFor(base, await earlyScripts()).join('; ');
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const chunkHolding = (module: string) => {
        const chunk = chunks.find((candidate) => candidate.moduleIds.includes(resolve(root, module)));
        return chunk === undefined ? this.error(`no chunk holds ${module}`) : `${base}${chunk.fileName}`;
      };
      for (const page of rendered) {
        const fileName = pageFileName(page.path);
        const early = await earlyScriptCode(page.lang);
        const source = pageFromTemplate(templateText, page, base, early, prefetch(page.lang).map(chunkHolding), csp);
        if (fileName === 'index.html') template.source = source;
        else this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
