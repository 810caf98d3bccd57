import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/content/lang.ts';
import { PAGE_PATHS } from '../../src/locale/pages.ts';
import type { EngineDriver } from './driver.ts';
import { openChecklist, workingOffline } from './checklist.ts';
import { ENGINES } from './engines.ts';
import { readProbe } from './probe.ts';
import { withSession } from './session.ts';

/** The address of every script the page has fetched, once per fetch. */
const scriptsFetched = (page: EngineDriver) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.endsWith('.js')),
  );

const repeated = (urls: readonly string[]) => urls.filter((url, index) => urls.indexOf(url) !== index);

for (const engine of ENGINES) {
  describe(`[${engine.name}] loading`, () => {
    test.each(LANGS)(
      'the %s page loads every script once, and nothing reports an error, up to working offline',
      (lang) =>
        withSession(engine, async ({ page, server }) => {
          const path = PAGE_PATHS[lang];
          await openChecklist(page, server, path);
          await expect
            .poll(() => workingOffline(page), { message: `[${engine.name}] a service worker is active` })
            .toBe(true);

          const report = await readProbe(page);
          expect.soft(report?.errors, `[${engine.name}] errors reported by ${path}`).toEqual([]);
          expect
            .soft(report?.preloadsOfLoaded, `[${engine.name}] modulepreloads of scripts ${path} had loaded`)
            .toEqual([]);
          expect
            .soft(repeated(await scriptsFetched(page)), `[${engine.name}] scripts ${path} fetched twice`)
            .toEqual([]);
        }),
    );
  });
}
