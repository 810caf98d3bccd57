// Measures what a first visit to a page downloads, gzipped (kB = 1000 bytes, as Vite reports): the
// page, and the JavaScript and CSS it loads at start. That is the HTML entry with its static
// imports, plus the chunks the entry itself imports dynamically (the app, started after first
// paint, and the page's own text, fetched alongside: not the other language's); chunks the app
// loads later, on demand, do not count. Apart from that, the code inlined in the page runs
// before its first paint (the language redirect, the early script of src/early/): gzipped together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS_KB = { js: 85, css: 10, html: 30, beforePaint: 2.5, onDemand: 10 };

/** Each prerendered page, with its language's text, which it loads as its app starts (src/main.tsx). */
export const PAGES = { 'index.html': 'src/content/locale.zh-CN.ts', 'en/index.html': 'src/content/locale.en.ts' };

const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1000;
const totalKb = (distDir, files) => files.reduce((sum, file) => sum + gzipKb(readFileSync(join(distDir, file))), 0);

const readManifest = (distDir) => JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));

/** The manifest's chunks that `keys` load, with their static imports, added to `chunks`. */
function addWithImports(manifest, keys, chunks = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunks.has(chunk)) continue;
    chunks.add(chunk);
    addWithImports(manifest, chunk.imports ?? [], chunks);
  }
  return chunks;
}

/** The chunks a first visit to `page` loads. */
function firstLoadChunks(manifest, page) {
  const otherText = Object.values(PAGES).filter((text) => text !== PAGES[page]);
  const started = (manifest['index.html'].dynamicImports ?? []).filter((key) => !otherText.includes(key));
  return addWithImports(manifest, ['index.html', ...started]);
}

export function measureInitialLoad(distDir = 'dist', page = 'index.html') {
  const chunks = firstLoadChunks(readManifest(distDir), page);

  const scripts = [...chunks].map((chunk) => chunk.file);
  const styles = [...new Set([...chunks].flatMap((chunk) => chunk.css ?? []))];
  const total = (files) => totalKb(distDir, files);
  const html = readFileSync(join(distDir, page), 'utf8');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
  return {
    js: total(scripts),
    css: total(styles),
    html: gzipKb(html),
    beforePaint: gzipKb(inline.join('\n')),
    scripts,
    styles,
  };
}

/**
 * What each part of the app loaded on demand (a dialog, the note field, the offline code) adds to
 * a first visit of `page` when it is first used: its chunk and the chunks it imports that the
 * first visit has not loaded, gzip. By source file, e.g. `src/components/SendDialog.tsx`.
 */
export function measureOnDemand(distDir = 'dist', page = 'index.html') {
  const manifest = readManifest(distDir);
  const loaded = firstLoadChunks(manifest, page);
  const parts = Object.entries(manifest).filter(
    ([key, chunk]) => chunk.isDynamicEntry && !loaded.has(chunk) && !Object.values(PAGES).includes(key),
  );
  return Object.fromEntries(
    parts.map(([key]) => {
      const added = [...addWithImports(manifest, [key])].filter((chunk) => !loaded.has(chunk));
      return [
        key,
        totalKb(
          distDir,
          added.map((chunk) => chunk.file),
        ),
      ];
    }),
  );
}
