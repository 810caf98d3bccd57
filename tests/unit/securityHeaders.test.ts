import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { headersFor, securityHeaders } from '../../build/securityHeaders.ts';
import { SERVICE_WORKER_POLICY } from '../../src/serviceWorkerUrl.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

describe('vite preview', () => {
  it('sends the headers of the build it serves, whatever base that build was made for', async () => {
    await mkdir('.tmp', { recursive: true });
    const root = await mkdtemp(join('.tmp', 'preview-'));
    roots.push(root);
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'out/index.html'), '<!doctype html><title>t</title>');
    await writeFile(
      join(root, 'out/_headers'),
      "/tm/*\n  Content-Security-Policy: default-src 'none'\n  X-Test: yes\n",
    );
    const server = await preview({
      root,
      base: '/tm/',
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'out' },
      preview: { port: 0, host: '127.0.0.1' },
      plugins: [securityHeaders()],
    });
    try {
      const { port } = server.httpServer.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/tm/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
      expect(response.headers.get('x-test')).toBe('yes');
    } finally {
      await server.close();
    }
  });
});

describe('the headers of a build', () => {
  const headers = headersFor('/tm/', ['early();']);
  const policy = headers['Content-Security-Policy'].split('; ');

  it('require Trusted Types, allowing only the policy that vouches for the service worker', () => {
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain(`trusted-types ${SERVICE_WORKER_POLICY}`);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('deny the powerful features the page never uses, and keep sharing and copying', () => {
    const rules = headers['Permissions-Policy'].split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'bluetooth']) {
      expect(rules).toContain(`${feature}=()`);
    }
    expect(rules.every((rule) => /^[a-z-]+=\(\)$/.test(rule))).toBe(true);
    expect(rules.filter((rule) => /^(web-share|clipboard-write)=/.test(rule))).toEqual([]);
  });

  it('keep the page in a browsing context group of its own, and its files to the site', () => {
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });
});
