import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { readHostRules } from '../../scripts/headers.mjs';
import { CONTENT_TYPES, fileAt, sitePath } from '../../scripts/serve.mjs';
import { PROBE_PATH, PROBE_SCRIPT } from './probe.ts';

/**
 * The build the journeys run against: the one made for a path (`npm run build:prefixed`), served
 * only under it, so that every engine also shows that nothing leaves the site's base.
 */
export const BUILD = resolve('dist-prefixed');

/** Responses held back until the test releases them. */
export interface Hold {
  /** How many requests are waiting for `release`. */
  readonly waiting: number;
  /** Sends the held responses, and those asked for later, at once. */
  release(): void;
}

export interface TestServer {
  readonly origin: string;
  /** The address of `path` in the site, e.g. `/` or `en/#settle-bills`: under the site's base. */
  url(path: string): string;
  /** From now on, holds back the responses to the site's paths that match `pattern` until released. */
  hold(pattern: RegExp): Hold;
  /** From now on, answers 404 to the site's paths that match `pattern`. */
  refuse(pattern: RegExp): void;
  close(): Promise<void>;
}

interface HoldState {
  pattern: RegExp;
  waiting: number;
  released: Promise<void>;
  release: () => void;
}

type Reply = { status: 200; type: string; body: string | Buffer } | { status: 404 };

/** Where a page's first script is: the probe goes before it. */
const FIRST_SCRIPT = '<script';

const typeOf = (path: string) => CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * The file at `path` in the build (a path in the site, from `/`), each page with the probe
 * (probe.ts, served at `base` + PROBE_PATH) before its first script, and without its prefetches:
 * every response here must be revalidated, so a prefetched file could not be used and would be
 * fetched twice (tests/e2e/requests.spec.ts shows the app starting from them where files are kept).
 */
async function readBuild(path: string, base: string): Promise<Reply> {
  if (path === PROBE_PATH) return { status: 200, type: typeOf(path), body: PROBE_SCRIPT };
  const file = fileAt(BUILD, path);
  const body = await readFile(file).catch(() => null);
  if (body === null) return { status: 404 };
  if (extname(file) !== '.html') return { status: 200, type: typeOf(file), body };
  const page = body.toString('utf8').replace(/<link rel="prefetch"[^>]*>/g, '');
  if (!page.includes(FIRST_SCRIPT)) throw new Error(`${file} has no script for the probe to precede`);
  const probe = `<script src="${base}${PROBE_PATH.slice(1)}"></script>`;
  return { status: 200, type: typeOf(file), body: page.replace(FIRST_SCRIPT, `${probe}${FIRST_SCRIPT}`) };
}

/**
 * Serves the build on 127.0.0.1, on a port of its own, under its base, with the headers the build
 * asks its host to send (its _headers), and 404 everywhere else. Every response must be
 * revalidated, so that every load, a reload too, asks the server for each file.
 */
export async function startServer(): Promise<TestServer> {
  const { base, headers } = readHostRules(BUILD);
  const holds: HoldState[] = [];
  const refused: RegExp[] = [];

  async function reply(path: string | null): Promise<Reply> {
    if (path === null) return { status: 404 };
    // The probe is the test's own listener, not part of the site: neither held back nor refused.
    if (path === PROBE_PATH) return readBuild(path, base);
    for (const hold of holds.filter(({ pattern }) => pattern.test(path))) {
      hold.waiting += 1;
      await hold.released;
      hold.waiting -= 1;
    }
    return refused.some((pattern) => pattern.test(path)) ? { status: 404 } : readBuild(path, base);
  }

  const server = createServer((request, response) => {
    reply(sitePath(request.url ?? '/', base)).then(
      (answer) => {
        if (answer.status === 404) return void response.writeHead(404).end();
        response
          .writeHead(200, { ...headers, 'Content-Type': answer.type, 'Cache-Control': 'no-cache' })
          .end(answer.body);
      },
      (error: unknown) => {
        console.error(error);
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => new URL(base + path.replace(/^\//, ''), origin).href,
    hold(pattern) {
      let release = () => {};
      const released = new Promise<void>((done) => (release = done));
      const hold: HoldState = { pattern, waiting: 0, released, release };
      holds.push(hold);
      return {
        get waiting() {
          return hold.waiting;
        },
        release,
      };
    },
    refuse(pattern) {
      refused.push(pattern);
    },
    async close() {
      for (const { release } of holds) release();
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
    },
  };
}
