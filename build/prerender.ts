import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildEnvironment, Plugin, Rolldown, ViteBuilder } from 'vite';
import type { Lang } from '../src/content/lang.ts';
import { isClient } from './clientEnvironment.ts';
import { earlyScriptCode } from './earlyScript.ts';
import { messageOf } from './messageOf.ts';
import { pageFileName, pageFromTemplate } from './pageFromTemplate.ts';

type ServerEntry = typeof import('../src/entry-server.tsx');
type BuildResult = Awaited<ReturnType<ViteBuilder['build']>>;

/** Where the server build waits for the client build that prerenders with it; removed after. */
const SERVER_OUT_DIR = '.tmp/ssr';

/**
 * Puts the guide, prerendered in each language, into the build's pages (see src/entry-server.tsx),
 * so they read before and without JavaScript. `vite build` builds the whole app: first the server
 * build of `serverEntry`, then the client build, in which the pages are rendered before the service
 * worker is generated, so the precache revisions are those of the pages as served.
 * Each page prefetches the chunks holding `prefetch(lang)`: the modules its app starts with.
 */
export function prerender(serverEntry: string, prefetch: (lang: Lang) => readonly string[] = () => []): Plugin {
  let renderPages: ServerEntry['renderPages'] | undefined;
  return {
    name: 'prerender',
    apply: 'build',
    // One instance for the whole build: the client build renders with what the server build made.
    sharedDuringBuild: true,
    config: () => ({
      // `vite build` builds every environment, as `vite build --app` does, in the order of buildApp.
      builder: {},
      environments: { ssr: { build: { outDir: SERVER_OUT_DIR, rolldownOptions: { input: serverEntry } } } },
    }),
    async buildApp(builder) {
      const server = environment(builder, 'ssr');
      const serverOutDir = resolve(server.config.root, server.config.build.outDir);
      const entry = join(serverOutDir, entryFileName(await builder.build(server)));
      try {
        ({ renderPages } = await importServerBuild(entry));
        await builder.build(environment(builder, 'client'));
      } finally {
        // Used once: nothing may prerender from a stale server build.
        renderPages = undefined;
        await rm(serverOutDir, { recursive: true, force: true });
      }
    },
    applyToEnvironment: isClient,
    enforce: 'post',
    async generateBundle(_options, bundle) {
      if (renderPages === undefined)
        return this.error('prerender: the server build was not made first; build with `vite build`');
      const template = bundle['index.html'];
      if (template?.type !== 'asset') return this.error('prerender: no index.html in the bundle');
      const templateText = String(template.source);
      const pages = await renderPages();
      if (!pages.some((page) => pageFileName(page.path) === 'index.html')) {
        return this.error('prerender: the server build rendered no index.html');
      }
      const { base, root } = this.environment.config;
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const chunkHolding = (module: string) => {
        const chunk = chunks.find((candidate) => candidate.moduleIds.includes(resolve(root, module)));
        return chunk === undefined ? this.error(`prerender: no chunk holds ${module}`) : `${base}${chunk.fileName}`;
      };
      for (const page of pages) {
        const fileName = pageFileName(page.path);
        const early = await earlyScriptCode(page.lang);
        const source = pageFromTemplate(templateText, page, base, early, prefetch(page.lang).map(chunkHolding));
        if (fileName === 'index.html') template.source = source;
        else this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

function environment(builder: ViteBuilder, name: string): BuildEnvironment {
  const found = builder.environments[name];
  if (found === undefined) throw new Error(`prerender: the build has no ${name} environment`);
  return found;
}

function entryFileName(result: BuildResult): string {
  const outputs = Array.isArray(result) ? result : [result];
  const entry = outputs
    .flatMap((output) => ('output' in output ? output.output : []))
    .find((file) => file.type === 'chunk' && file.isEntry);
  if (entry === undefined) throw new Error('prerender: the server build has no entry file');
  return entry.fileName;
}

/** Loads the server build, failing with the reason it could not (a syntax or runtime error in it). */
async function importServerBuild(file: string): Promise<ServerEntry> {
  try {
    return (await import(pathToFileURL(file).href)) as ServerEntry;
  } catch (error) {
    throw new Error(`prerender: the server build ${file} failed to load: ${messageOf(error)}`, { cause: error });
  }
}
