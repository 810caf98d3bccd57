import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHostRules } from '../../scripts/headers.mjs';
import { nginxLocation } from '../../scripts/nginx.mjs';

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
  });

  it('become an nginx block that sends every header from the base and its assets alike', async () => {
    const block = nginxLocation(await buildWithHeaders(HEADERS), '/srv/www');
    expect(block).toContain('location /tm/ {\n  root /srv/www;');
    expect(block).toContain('location /tm/assets/ {');
    const sent = (name: string) => block.split('\n').filter((line) => line.includes(`add_header ${name} `)).length;
    expect(sent('Content-Security-Policy')).toBe(2);
    expect(sent('Referrer-Policy')).toBe(2);
    expect(block).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`);
    expect(block).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });
});
