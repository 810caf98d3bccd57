import { createHash } from 'node:crypto';
import { earlyScriptCode } from '../../build/earlyScript.ts';
import { readHostRules } from '../../scripts/headers.mjs';
import { LANGS } from '../../src/content/lang.ts';
import { languageRedirect } from '../../src/locale/languageRedirect.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { expectReady, looserThan, openChecklist, parseCsp, tick } from './helpers.ts';

/** An inline script allowed: the language redirect of the site at `baseURL`. */
const redirectAt = (baseURL: string | undefined) => languageRedirect(new URL(baseURL ?? '').pathname);

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * The least the policy of the site at `baseURL` must forbid, in both its header and its meta tag;
 * its redirect and the early script (built afresh from src/early/) are allowed by their hashes.
 */
async function baselineAt(baseURL: string | undefined) {
  const early = await Promise.all(LANGS.map(earlyScriptCode));
  const scripts = [redirectAt(baseURL), ...early].map(hashOf).join(' ');
  return parseCsp(
    `default-src 'self'; script-src 'self' ${scripts}; object-src 'none'; base-uri 'none'; form-action 'none'`,
  );
}

test('the policy check itself accepts the baseline and rejects looser policies', async ({ baseURL }) => {
  const BASELINE = await baselineAt(baseURL);
  expect(looserThan(BASELINE, BASELINE)).toEqual([]);
  const stricter = parseCsp("default-src 'none'; base-uri 'none'; form-action 'none'");
  expect(looserThan(stricter, BASELINE)).toEqual([]);
  const rest = "object-src 'none'; base-uri 'none'; form-action 'none'";
  const looser = [
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'", // no form-action
    `default-src 'self'; script-src 'self' 'unsafe-inline'; ${rest}`,
    `default-src 'self'; script-src 'self'; script-src-elem *; ${rest}`,
    `default-src 'self'; img-src https:; ${rest}`,
    `script-src 'self'; ${rest}`, // no default-src
    "default-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    `default-src *; default-src 'self'; ${rest}`, // the first of a repeated directive counts
  ];
  for (const policy of looser) {
    expect(looserThan(parseCsp(policy), BASELINE), policy).not.toEqual([]);
  }
});

test('the served page has a CSP header and a meta tag, each as strict as the baseline', async ({ page, baseURL }) => {
  const BASELINE = await baselineAt(baseURL);
  const response = await page.goto('./');
  expect(response, 'the response to loading the page').not.toBeNull();
  if (response === null) return;
  expect(response.status()).toBe(200);

  const header = await response.headerValue('content-security-policy');
  expect(header, 'Content-Security-Policy header').not.toBeNull();
  expect(looserThan(parseCsp(header ?? ''), BASELINE), `header: ${header}`).toEqual([]);

  // The meta tag as served (not as scripts might have changed the DOM), and where it sits: a
  // policy in <meta> only covers what comes after it.
  const html = await response.text();
  const served = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const metas = [...doc.querySelectorAll('meta')].filter(
      (meta) => meta.httpEquiv.toLowerCase() === 'content-security-policy',
    );
    const first = doc.head.querySelector('script, link, style, img');
    return metas.map((meta) => ({
      content: meta.content,
      inHead: meta.parentElement === doc.head,
      beforeResources:
        first === null || Boolean(meta.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
    }));
  }, html);
  expect(served, 'CSP meta tags in the served HTML').toHaveLength(1);
  const [meta] = served;
  expect(meta?.inHead, 'the meta tag is in <head>').toBe(true);
  expect(meta?.beforeResources, 'the meta tag comes before any script or style').toBe(true);
  expect(looserThan(parseCsp(meta?.content ?? ''), BASELINE), `meta: ${meta?.content}`).toEqual([]);
});

test('the only inline scripts are the early script, and the language redirect on the Chinese page', async ({
  page,
  baseURL,
}) => {
  const redirect = redirectAt(baseURL);
  const chineseEarly = await earlyScriptCode('zh-CN');
  for (const [path, expected] of [
    ['en/', [await earlyScriptCode('en')]],
    ['./', [redirect, chineseEarly]],
  ] as const) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    const servedInline = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return [...doc.scripts].filter((script) => !script.hasAttribute('src')).map((s) => s.textContent);
    }, html);
    expect(servedInline, `inline scripts in the HTML served for ${path}`).toEqual(expected);
  }

  // Nor does the running app add any.
  await openChecklist(page);
  const inline = await page.evaluate(() =>
    [...document.scripts].filter((script) => !script.hasAttribute('src')).map((script) => script.textContent),
  );
  expect(inline).toEqual([redirect, chineseEarly]);
});

test('an injected inline script does not run, and each policy reports the violation', async ({ page, pageGuard }) => {
  const response = await page.goto('./');
  await expectReady(page);
  const header = await response?.headerValue('content-security-policy');
  const meta = await page.evaluate(
    () =>
      [...document.querySelectorAll('meta')].find(
        (element) => element.httpEquiv.toLowerCase() === 'content-security-policy',
      )?.content,
  );

  const ran = await page.evaluate(() => {
    const marker = '__e2eInlineScriptRan';
    const script = document.createElement('script');
    script.textContent = `window.${marker} = true;`;
    document.body.append(script);
    return marker in window;
  });
  expect(ran, 'the injected script ran').toBe(false);

  // The header and the meta tag are two policies; each blocks the script and reports it.
  const violations = await pageGuard.expectCspViolations({ directive: 'script-src-elem', blockedURI: 'inline' }, 2);
  expect(violations.map((violation) => violation.policy).sort()).toEqual([header, meta].sort());
  await tick(page, item('keep-records'));
});

test("the headers the build asks its host for (_headers) carry the page's own policy, and what only headers can say", async ({
  page,
  baseURL,
  buildDir,
}) => {
  const response = await page.goto('./');
  expect(readHostRules(buildDir).base, 'the base the build was made for').toBe(new URL(baseURL ?? '').pathname);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(await response?.headerValue('content-security-policy')).toBe(`${meta ?? ''}; frame-ancestors 'none'`);
  expect(await response?.headerValue('x-content-type-options')).toBe('nosniff');
  expect(await response?.headerValue('referrer-policy')).toBe('no-referrer');
});
