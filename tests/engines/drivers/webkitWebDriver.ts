import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startOwned, type OwnedProcess } from './processes.ts';

export interface WebDriverServer {
  /** Where it takes WebDriver commands. */
  readonly url: string;
  stop(): Promise<void>;
}

/** A port of 127.0.0.1 that nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address() as AddressInfo;
  await new Promise((closed) => probe.close(closed));
  return port;
}

/** Resolves once `server` says at `url` that it is ready; fails if it ends or after `timeoutMs`. */
async function ready(server: OwnedProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetch(`${url}/status`, { signal: AbortSignal.timeout(1000) }).catch(() => null);
    // Checked after the answer: another driver that took the port meanwhile must not pass for this one.
    if (!server.running) throw await server.ended;
    if (answer?.ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * Starts WebKitWebDriver (`path`) on a free port of 127.0.0.1, for browsers on the X display
 * `display`; resolves once it takes commands.
 */
export async function startWebKitWebDriver(path: string, display: string, timeoutMs: number): Promise<WebDriverServer> {
  const port = await freePort();
  const server = startOwned(path, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready(server, url, timeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, stop: server.stop };
}
