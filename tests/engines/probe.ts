import { expect } from 'vitest';
import type { EngineDriver } from './driver.ts';

/**
 * Where the test server serves the probe, a script it puts before the first script of every page,
 * so that it watches the page from the start in any engine (a listener the page's own origin
 * serves needs no engine-specific way of running code before the page's).
 */
export const PROBE_PATH = '/__engines/probe.js';

/** The global under which the probe keeps its report. */
const REPORT = '__enginesProbe';

export interface ProbeReport {
  /**
   * Every error the page reported: uncaught exceptions, promise rejections nobody handled,
   * elements that failed to load, Content Security Policy violations.
   */
  errors: string[];
  /** The address of each `<link rel="modulepreload">` added for a script the page had already loaded. */
  preloadsOfLoaded: string[];
}

/** Runs in the page (serialised): starts the report and the listeners that fill it. */
function watch(reportName: string) {
  const report: ProbeReport = { errors: [], preloadsOfLoaded: [] };
  (window as unknown as Record<string, ProbeReport>)[reportName] = report;

  const describe = (target: EventTarget | null) =>
    target instanceof Element
      ? (target.cloneNode(false) as Element).outerHTML
      : target === null
        ? 'nothing'
        : target.constructor.name;
  // Capturing, so that errors of elements, which do not bubble, are seen too.
  window.addEventListener(
    'error',
    (event: Event) => {
      report.errors.push(
        event instanceof ErrorEvent
          ? `${event.message} (${event.filename}:${event.lineno})`
          : `error event on ${describe(event.target)}`,
      );
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    report.errors.push(`unhandled rejection: ${String(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    const blocked = event.blockedURI || 'inline code';
    report.errors.push(`CSP violation: ${event.effectiveDirective} blocked ${blocked}`);
  });

  const loaded = (url: string) => performance.getEntriesByName(url).length > 0;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLLinkElement && node.rel === 'modulepreload' && loaded(node.href)) {
          report.preloadsOfLoaded.push(node.href);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

export const PROBE_SCRIPT = `(${watch.toString()})(${JSON.stringify(REPORT)});\n`;

/** The probe's report on the page shown now, or null where there is none (e.g. `about:blank`). */
export const readProbe = (page: EngineDriver) =>
  page.evaluate((name) => (window as unknown as Record<string, ProbeReport | undefined>)[name] ?? null, REPORT);

/**
 * Waits for errors matching `pattern` in the probe's report of the page shown now, and takes them
 * out of it, so that a journey can cause an error on purpose. Returns how many it took.
 */
export async function acceptErrors(page: EngineDriver, pattern: RegExp): Promise<number> {
  const take = () =>
    page.evaluate(
      (name, source) => {
        const report = (window as unknown as Record<string, ProbeReport | undefined>)[name];
        if (report === undefined) return 0;
        const kept = report.errors.filter((error) => !new RegExp(source).test(error));
        const taken = report.errors.length - kept.length;
        report.errors = kept;
        return taken;
      },
      REPORT,
      pattern.source,
    );
  let taken = 0;
  await expect.poll(async () => (taken += await take())).toBeGreaterThan(0);
  return taken;
}
