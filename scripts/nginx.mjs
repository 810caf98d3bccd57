// Prints an nginx `location` block that serves a build as the tests serve it (scripts/serve.mjs):
// under its base, with the headers its _headers asks for on every response, hashed assets cached
// for good and everything else revalidated. `node scripts/nginx.mjs [build folder] [web root]`,
// after a build (the policy's script hash changes with the build, so print it each time); the
// build's files go in the web root's folder for the base, e.g. /srv/www/tm/ for the base /tm/.
import { pathToFileURL } from 'node:url';
import { readHostRules } from './headers.mjs';

/**
 * HSTS, for a server that answers over HTTPS (browsers ignore it over plain http): for two years,
 * the site's host and every host under it are reached only over HTTPS. It is not in _headers, as
 * hosts that read that file set HTTPS and HSTS for the whole domain themselves.
 */
const HSTS = 'max-age=63072000; includeSubDomains';

/** The block for the build at `buildDir`, served from the web root `webRoot`. */
export function nginxLocation(buildDir, webRoot) {
  const { base, headers } = readHostRules(buildDir);
  // nginx drops a block's add_header lines wherever a nested block adds its own, so the nested
  // block repeats them all.
  const add = (indent, cacheControl) =>
    Object.entries({ ...headers, 'Strict-Transport-Security': HSTS, 'Cache-Control': cacheControl }).map(
      ([name, value]) => `${indent}add_header ${name} "${value}" always;`,
    );
  return [
    `# ${buildDir}/ goes in ${webRoot}${base}; the server block around it listens for HTTPS (HSTS)`,
    `location ${base} {`,
    `  root ${webRoot};`,
    '  gzip on;',
    '  gzip_types text/css text/javascript application/javascript application/manifest+json image/svg+xml;',
    ...add('  ', 'no-cache'),
    `  location ${base}assets/ {`,
    ...add('    ', 'public, max-age=31536000, immutable'),
    '  }',
    // Not in the mime.types of every nginx (Debian's has none).
    `  location = ${base}manifest.webmanifest {`,
    '    types {}',
    '    default_type application/manifest+json;',
    ...add('    ', 'no-cache'),
    '  }',
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [buildDir = 'dist', webRoot = '/srv/www'] = process.argv.slice(2);
  process.stdout.write(nginxLocation(buildDir, webRoot.replace(/\/$/, '')));
}
