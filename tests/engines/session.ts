import { expect } from 'vitest';
import type { EngineDriver } from './driver.ts';
import type { Engine } from './engines.ts';
import { readProbe } from './probe.ts';
import { startServer, type TestServer } from './server.ts';

export interface Session {
  /** The browser, showing a blank page; errors its pages report fail the journey. */
  page: EngineDriver;
  server: TestServer;
}

/**
 * Runs `journey` in a new browser of `engine`, against a test server of its own. The journey fails
 * if any page it showed reported an error (probe.ts): each page's report is read before the page is
 * left, and when the journey ends, failed or not.
 */
export async function withSession(engine: Engine, journey: (session: Session) => Promise<void>): Promise<void> {
  const server = await startServer();
  const driver = await engine.launch().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const errors: string[] = [];
  async function collectErrors() {
    const [url, report] = await Promise.all([driver.evaluate(() => location.href), readProbe(driver)]);
    if (!url.startsWith(server.origin)) return;
    if (report === null) errors.push(`${url}: the probe did not run`);
    else errors.push(...report.errors.map((error) => `${url}: ${error}`));
  }
  const page: EngineDriver = {
    ...driver,
    async open(url) {
      await collectErrors();
      await driver.open(url);
    },
    async reload() {
      await collectErrors();
      await driver.reload();
    },
  };
  try {
    await journey({ page, server });
  } finally {
    // Also when the journey failed: an error in the page may be why.
    await collectErrors().catch((error: unknown) => {
      errors.push(`the page could not be read: ${String(error)}`);
    });
    expect.soft(errors, `[${engine.name}] the page reported errors`).toEqual([]);
    await driver.close();
    await server.close();
  }
}
