import { createHash } from 'node:crypto';
import { earlyScriptCode } from '../../build/earlyScript.ts';
import { readHostRules } from '../../scripts/headers.mjs';
import { SERVICE_WORKER_POLICY } from '../../src/serviceWorkerUrl.ts';
import { LANGS } from '../../src/content/lang.ts';
import { languageRedirect } from '../../src/locale/languageRedirect.ts';
import { item } from '../support/guide.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { checkbox, expectReady, looserThan, openChecklist, parseCsp, tick } from './helpers.ts';
import { htmlSinkRefusesString } from '../support/trustedTypes.ts';

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
    `default-src 'self'; script-src 'self' ${scripts}; object-src 'none'; base-uri 'none'; form-action 'none'; ` +
      `require-trusted-types-for 'script'; trusted-types ${SERVICE_WORKER_POLICY}`,
  );
}

/** A page of no site, to parse served HTML in: the site's own refuses a string to parse (Trusted Types). */
const blankPage = (page: Page) => page.context().newPage();

test('the policy check itself accepts the baseline and rejects looser policies', async ({ baseURL }) => {
  const BASELINE = await baselineAt(baseURL);
  expect(looserThan(BASELINE, BASELINE)).toEqual([]);
  const trusted = `require-trusted-types-for 'script'; trusted-types ${SERVICE_WORKER_POLICY}`;
  const stricter = parseCsp(
    "default-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
  );
  expect(looserThan(stricter, BASELINE)).toEqual([]);
  const rest = `object-src 'none'; base-uri 'none'; form-action 'none'; ${trusted}`;
  const looser = [
    `default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; ${trusted}`, // no form-action
    `default-src 'self'; script-src 'self' 'unsafe-inline'; ${rest}`,
    `default-src 'self'; script-src 'self'; script-src-elem *; ${rest}`,
    `default-src 'self'; img-src https:; ${rest}`,
    `script-src 'self'; ${rest}`, // no default-src
    `default-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; ${trusted}`,
    `default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; ${trusted}`,
    `default-src *; default-src 'self'; ${rest}`, // the first of a repeated directive counts
    "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'", // no Trusted Types
    `default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; trusted-types ${SERVICE_WORKER_POLICY}`,
    "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'",
    `default-src 'self'; ${rest} other-policy`, // a policy the page does not create
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
  const served = await (
    await blankPage(page)
  ).evaluate((source) => {
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
    const servedInline = await (
      await blankPage(page)
    ).evaluate((source) => {
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

test('an injected inline script does not run, and each policy reports the violation', async ({
  page,
  pageGuard,
  baseURL,
}) => {
  // Injected into the HTML as served, as a flaw that writes text into the page would.
  const marker = '__e2eInlineScriptRan';
  await page.route(baseURL ?? '', async (route) => {
    const served = await route.fetch();
    const html = (await served.text()).replace('</body>', `<script>window.${marker} = true;</script></body>`);
    await route.fulfill({ response: served, body: html });
  });
  const response = await page.goto('./');
  await expectReady(page);
  const header = await response?.headerValue('content-security-policy');
  const meta = await page.evaluate(
    () =>
      [...document.querySelectorAll('meta')].find(
        (element) => element.httpEquiv.toLowerCase() === 'content-security-policy',
      )?.content,
  );
  expect(await page.evaluate((name) => name in window, marker), 'the injected script ran').toBe(false);

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
  expect(await response?.headerValue('cross-origin-opener-policy')).toBe('same-origin');
  expect(await response?.headerValue('cross-origin-resource-policy')).toBe('same-origin');
  const permissions = (await response?.headerValue('permissions-policy'))?.split(/,\s*/) ?? [];
  for (const denied of [
    'camera',
    'microphone',
    'geolocation',
    'payment',
    'usb',
    'serial',
    'hid',
    'bluetooth',
    'midi',
  ]) {
    expect(permissions, `Permissions-Policy denies ${denied}`).toContain(`${denied}=()`);
  }
  // What the page uses stays allowed: sharing a link, and copying it.
  for (const used of ['web-share', 'clipboard-write']) {
    expect(
      permissions.filter((rule) => rule.startsWith(`${used}=`)),
      used,
    ).toEqual([]);
  }
  // Every file of the site, not only the page, carries them.
  for (const path of ['sw.js', 'manifest.webmanifest']) {
    const file = await page.request.get(path);
    expect(file.headers()['cross-origin-resource-policy'], path).toBe('same-origin');
    expect(file.headers()['content-security-policy'], path).toBe(`${meta ?? ''}; frame-ancestors 'none'`);
  }
});

test('Trusted Types: a string never reaches a code sink, yet the service worker registers and the page reloads offline', async ({
  page,
  context,
  pageGuard,
}) => {
  await openChecklist(page);
  // The page's service worker registered through its own policy, with no violation (the guard).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await tick(page, item('keep-records'));
  await context.setOffline(true);
  await page.reload();
  await expectReady(page);
  await expect(checkbox(page, item('keep-records'))).toBeChecked();
  await context.setOffline(false);

  // A string into a sink is refused, and each policy (header and meta tag) reports it.
  const refused = await page.evaluate(htmlSinkRefusesString);
  expect(refused, 'innerHTML refused a string').toBe(true);
  await pageGuard.expectCspViolations({ directive: 'require-trusted-types-for' }, 2);
  // Nor can a script create a policy of its own: only the page's one is allowed.
  const created = await page.evaluate(() => {
    try {
      (
        window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } }
      ).trustedTypes.createPolicy('injected', {});
      return true;
    } catch {
      return false;
    }
  });
  expect(created, 'a policy not named in the CSP was created').toBe(false);
  await pageGuard.expectCspViolations({ directive: 'trusted-types' }, 2);
});
