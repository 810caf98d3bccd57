// Measures what a visitor downloads first: the page, and the JavaScript and CSS it links to, gzipped
// (kB = 1000 bytes, as Vite reports them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS_KB = { js: 85, css: 10, html: 30 };

const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1000;

/** Gzip sizes in KB of dist/index.html and of every script, preload and stylesheet it links. */
export function measureInitialLoad(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'));
  const text = html.toString('utf8');
  const linked = (pattern) => [...text.matchAll(pattern)].map((match) => match[1]);
  const scripts = [
    ...linked(/<script[^>]+src="\/([^"]+)"/g),
    ...linked(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ];
  const styles = linked(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g);
  const total = (files) => files.reduce((sum, file) => sum + gzipKb(readFileSync(join(distDir, file))), 0);
  return { js: total(scripts), css: total(styles), html: gzipKb(html), scripts, styles };
}
