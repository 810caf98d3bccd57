// Reads what a build asks its host for (build/securityHeaders.ts writes it to <build>/_headers, in
// the format of Netlify and Cloudflare Pages): a `<base>*` line naming where the site lives, then
// the headers to send with every file, one `  Name: value` per line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The base the build at `distDir` was made for, e.g. `/` or `/tm/`, and its headers. */
export function readHostRules(distDir = 'dist') {
  const [pattern = '', ...lines] = readFileSync(join(distDir, '_headers'), 'utf8').trim().split('\n');
  if (!/^\/(?!\/)(.*\/)?\*$/.test(pattern)) throw new Error(`${distDir}/_headers does not start with <base>*`);
  const headers = Object.fromEntries(
    lines.map((line) =>
      line
        .trim()
        .split(/:\s+(.*)/)
        .slice(0, 2),
    ),
  );
  return { base: pattern.slice(0, -1), headers };
}
