// Reads the headers the build asks its host to send with every page (build/securityHeaders.ts
// writes them to dist/_headers, in the format of Netlify and Cloudflare Pages: a `/*` line, then
// `  Name: value`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readHeadersFile(distDir = 'dist') {
  const [pattern, ...lines] = readFileSync(join(distDir, '_headers'), 'utf8').trim().split('\n');
  if (pattern !== '/*') throw new Error(`${distDir}/_headers does not start with /*`);
  return Object.fromEntries(
    lines.map((line) =>
      line
        .trim()
        .split(/:\s+(.*)/)
        .slice(0, 2),
    ),
  );
}
