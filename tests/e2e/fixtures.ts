import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** The name under which the page reports Content Security Policy violations to the test. */
const CSP_BINDING = '__e2eReportCspViolation';

/** What Chromium logs as a console error alongside every Content Security Policy violation. */
const CSP_CONSOLE_ERROR = /Content Security Policy|requires 'Trusted\w+' assignment|Trusted Type policy/i;

export interface CspViolation {
  /** `effectiveDirective`, e.g. `script-src-elem`. */
  directive: string;
  /** `inline`, `eval`, or the blocked URL. */
  blockedURI: string;
  /** The whole policy violated: with both a header and a meta tag, each reports its own. */
  policy: string;
  sourceFile: string;
  line: number;
  /** The address of the page that reported it. */
  page: string;
}

export interface RecordedRequest {
  url: string;
  /** `new URL(url).origin`: the string `null` for opaque origins such as `data:`. */
  origin: string;
  method: string;
  resourceType: string;
}

export interface ViolationMatch {
  directive: string;
  blockedURI?: string;
}

export interface PageGuard {
  /** The origin every request must go to: the origin of `baseURL`. */
  readonly origin: string;
  /** Every request made by every page of every browser context of the test, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Every console message of every page, of any type, in order. */
  readonly console: readonly { type: string; text: string }[];
  /**
   * Waits for `count` Content Security Policy violations that match, and accepts them: they (and
   * the console errors Chromium logs with them) then do not fail the test. Any other violation, or
   * a further matching one, still does. Returns the accepted violations.
   */
  expectCspViolations: (match: ViolationMatch, count?: number) => Promise<CspViolation[]>;
  /**
   * Aborts every request whose address matches `blocked` and not `except`, as a broken network
   * would: the console error the browser logs for each is then expected, not a failure.
   */
  blockRequests: (page: Page, blocked: RegExp, except?: RegExp) => Promise<void>;
}

function matches(violation: CspViolation, { directive, blockedURI }: ViolationMatch) {
  return violation.directive === directive && (blockedURI === undefined || violation.blockedURI === blockedURI);
}

function originOf(url: string) {
  try {
    return new URL(url).origin;
  } catch {
    return `(unparsable: ${url})`;
  }
}

/**
 * Playwright's `test`, guarded: every test fails if a page in any of its browser contexts logs a
 * console error, throws an uncaught error, violates the Content Security Policy (unless the test
 * accepts that violation with `pageGuard.expectCspViolations`), or makes a request to any origin
 * other than the app's own. Specs import `test` and `expect` here.
 */
/** Chosen per project in playwright.config.ts. */
export interface SiteOptions {
  /** The build under test: `dist`, or a build made for a base path (its base is in its `_headers`). */
  buildDir: string;
}

export const test = base.extend<{ pageGuard: PageGuard }, SiteOptions>({
  buildDir: ['dist', { option: true, scope: 'worker' }],
  pageGuard: [
    async ({ browser, context, baseURL }, use) => {
      if (baseURL === undefined) throw new Error('pageGuard needs baseURL (playwright.config.ts)');
      const origin = new URL(baseURL).origin;
      const requests: RecordedRequest[] = [];
      const consoleMessages: { type: string; text: string }[] = [];
      const consoleErrors: string[] = [];
      const blockedUrls = new Set<string>();
      const pageErrors: string[] = [];
      const violations: CspViolation[] = [];
      const accepted = new Set<CspViolation>();

      async function guard(guarded: BrowserContext) {
        guarded.on('request', (request) => {
          const url = request.url();
          requests.push({
            url,
            origin: originOf(url),
            method: request.method(),
            resourceType: request.resourceType(),
          });
        });
        guarded.on('console', (message) => {
          consoleMessages.push({ type: message.type(), text: message.text() });
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          if (blockedUrls.has(url) && message.text().startsWith('Failed to load resource')) return;
          consoleErrors.push(`console error: ${message.text()} (${url}:${lineNumber})`);
        });
        guarded.on('weberror', (error) => {
          const { name, message, stack } = error.error();
          pageErrors.push(`page error: ${stack || `${name}: ${message}`}`);
        });
        await guarded.exposeBinding(CSP_BINDING, ({ page }, violation: Omit<CspViolation, 'page'>) => {
          violations.push({ ...violation, page: page.url() });
        });
        await guarded.addInitScript((binding) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => {
              const reporters = window as unknown as Record<
                string,
                ((v: Omit<CspViolation, 'page'>) => void) | undefined
              >;
              reporters[binding]?.({
                directive: event.effectiveDirective,
                blockedURI: event.blockedURI,
                policy: event.originalPolicy,
                sourceFile: event.sourceFile,
                line: event.lineNumber,
              });
            },
            true,
          );
        }, CSP_BINDING);
      }

      // Contexts a test opens itself are guarded too; their CSP listener is installed without
      // waiting, so there a violation may show only as the console error Chromium logs with it.
      const guardLater = (opened: BrowserContext) => void guard(opened).catch(() => {});
      await guard(context);
      browser.on('context', guardLater);

      await use({
        origin,
        requests,
        console: consoleMessages,
        async expectCspViolations(match, count = 1) {
          const pending = () => violations.filter((v) => !accepted.has(v) && matches(v, match));
          await expect
            .poll(() => pending().length, {
              message: `${count} CSP violation(s) of ${JSON.stringify(match)}`,
            })
            .toBeGreaterThanOrEqual(count);
          const taken = pending().slice(0, count);
          for (const violation of taken) accepted.add(violation);
          return taken;
        },
        async blockRequests(page, blocked, except) {
          await page.route(blocked, (route) => {
            const url = route.request().url();
            if (except?.test(url)) return route.continue();
            blockedUrls.add(url);
            return route.abort();
          });
        },
      });

      browser.off('context', guardLater);

      // Chromium logs one console error per violation; forgive as many as were accepted.
      let forgiven = accepted.size;
      const unexpectedConsoleErrors = consoleErrors.filter((text) => {
        if (forgiven > 0 && CSP_CONSOLE_ERROR.test(text)) {
          forgiven -= 1;
          return false;
        }
        return true;
      });
      const problems = [
        ...unexpectedConsoleErrors,
        ...pageErrors,
        ...violations
          .filter((violation) => !accepted.has(violation))
          .map(
            (v) =>
              `CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'} ` +
              `(${v.sourceFile || v.page}:${v.line})`,
          ),
        ...requests
          .filter((request) => request.origin !== origin)
          .map((r) => `request to another origin: ${r.method} ${r.url} (${r.resourceType})`),
      ];
      expect(
        problems,
        `the page logged errors, violated its security policy or made requests outside ${origin}`,
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
