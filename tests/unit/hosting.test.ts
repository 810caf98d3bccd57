import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHostRules } from '../../scripts/headers.mjs';
import { nginxLocation } from '../../scripts/nginx.mjs';
import { sitePath } from '../../scripts/serve.mjs';

const builds: string[] = [];
afterEach(async () => {
  await Promise.all(builds.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A build folder whose _headers is `text`. */
async function buildWithHeaders(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'hosting-'));
  builds.push(dir);
  await writeFile(join(dir, '_headers'), text);
  return dir;
}

const HEADERS =
  "/tm/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n";

describe("a build's rules for its host", () => {
  it('name the base it was made for, and its headers', async () => {
    expect(readHostRules(await buildWithHeaders(HEADERS))).toEqual({
      base: '/tm/',
      headers: {
        'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
        'Referrer-Policy': 'no-referrer',
      },
    });
  });

  it('are refused when they do not start with a base', async () => {
    const dir = await buildWithHeaders('  Referrer-Policy: no-referrer\n');
    expect(() => readHostRules(dir)).toThrow('_headers does not start with <base>*');
    const elsewhere = await buildWithHeaders('//cdn.example/*\n  Referrer-Policy: no-referrer\n');
    expect(() => readHostRules(elsewhere)).toThrow('_headers does not start with <base>*');
  });

  it('become an nginx block that sends every header from the base, its assets and its manifest alike', async () => {
    const block = nginxLocation(await buildWithHeaders(HEADERS), '/srv/www');
    expect(block).toContain('location /tm/ {\n  root /srv/www;');
    expect(block).toContain('location /tm/assets/ {');
    const sent = (name: string) => block.split('\n').filter((line) => line.includes(`add_header ${name} `)).length;
    expect(sent('Content-Security-Policy')).toBe(3);
    expect(sent('Referrer-Policy')).toBe(3);
    // HSTS, for the HTTPS server the block belongs in (browsers ignore it over plain http).
    expect(sent('Strict-Transport-Security')).toBe(3);
    expect(block).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
    expect(block.split('\n')[0]).toContain('HTTPS');
    expect(block).toContain(
      'location = /tm/manifest.webmanifest {\n    types {}\n    default_type application/manifest+json;',
    );
    expect(block).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`);
    expect(block).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });
});

describe('where a request falls in a site served under a base', () => {
  it('is the path within the site', () => {
    expect(sitePath('/tm/', '/tm/')).toBe('/');
    expect(sitePath('/tm/en/?from=qr', '/tm/')).toBe('/en/');
    expect(sitePath('/tm/assets/a%20b.js', '/tm/')).toBe('/assets/a b.js');
    expect(sitePath('/en/', '/')).toBe('/en/');
  });

  it('is nowhere outside the base, up and out of it, or for a malformed address', () => {
    expect(sitePath('/', '/tm/')).toBeNull();
    expect(sitePath('/tm', '/tm/')).toBeNull();
    expect(sitePath('/en/', '/tm/')).toBeNull();
    expect(sitePath('/tm/../etc/passwd', '/tm/')).toBeNull();
    expect(sitePath('/tm/%2e%2e/%2e%2e/etc/passwd', '/tm/')).toBeNull();
    expect(sitePath('/tm/%E0%A4%A', '/tm/')).toBeNull();
  });
});
