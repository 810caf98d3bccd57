// Measures what a first visit to a page downloads, gzipped (kB = 1000 bytes, as Vite reports): the
// page, and the JavaScript and CSS it loads at start. That is the HTML entry with its static
// imports, plus the chunks the entry itself imports dynamically (the app, started after first
// paint, and the page's own text, fetched alongside: not the other language's); chunks the app
// loads later, on demand, do not count. Apart from that, the code inlined in the page runs
// before its first paint (the language redirect, the early script of src/early/): gzipped together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS_KB = { js: 85, css: 10, html: 30, beforePaint: 2 };

/** Each prerendered page, with its language's text, which it loads as its app starts (src/main.tsx). */
export const PAGES = { 'index.html': 'src/content/locale.zh-CN.ts', 'en/index.html': 'src/content/locale.en.ts' };

const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1000;

export function measureInitialLoad(distDir = 'dist', page = 'index.html') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const entry = manifest['index.html'];
  const chunks = new Set();
  const addWithImports = (key) => {
    const chunk = manifest[key];
    if (chunks.has(chunk)) return;
    chunks.add(chunk);
    for (const imported of chunk.imports ?? []) addWithImports(imported);
  };
  addWithImports('index.html');
  const otherText = Object.values(PAGES).filter((text) => text !== PAGES[page]);
  for (const dynamic of entry.dynamicImports ?? []) if (!otherText.includes(dynamic)) addWithImports(dynamic);

  const scripts = [...chunks].map((chunk) => chunk.file);
  const styles = [...new Set([...chunks].flatMap((chunk) => chunk.css ?? []))];
  const total = (files) => files.reduce((sum, file) => sum + gzipKb(readFileSync(join(distDir, file))), 0);
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
