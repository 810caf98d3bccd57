import { test as base, expect } from '@playwright/test';

/** The name under which the page reports Content Security Policy violations to the test. */
const CSP_BINDING = '__e2eReportCspViolation';

interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
}

/**
 * Playwright's `test`, guarded: every test fails if its page logs a console error, throws an
 * uncaught error, or violates the Content Security Policy. Specs import `test` and `expect` here.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        problems.push(`console error: ${message.text()} (${url}:${lineNumber})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
      await page.exposeBinding(CSP_BINDING, (_source, violation: CspViolation) => {
        problems.push(
          `CSP violation: ${violation.directive} blocked ${violation.blockedURI || '(inline)'} ` +
            `(${violation.sourceFile}:${violation.line})`,
        );
      });
      await page.addInitScript((binding) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            const reporters = window as unknown as Record<string, (v: CspViolation) => void>;
            const report = reporters[binding];
            report?.({
              directive: event.effectiveDirective,
              blockedURI: event.blockedURI,
              sourceFile: event.sourceFile,
              line: event.lineNumber,
            });
          },
          true,
        );
      }, CSP_BINDING);

      await use(problems);

      expect(problems, 'the page logged errors or violated its security policy').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
