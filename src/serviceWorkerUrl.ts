import type { TrustedScriptURL, TrustedTypePolicyFactory } from 'trusted-types/lib';

/** The page's only Trusted Types policy (its CSP names it): it vouches for the service worker. */
export const SERVICE_WORKER_POLICY = 'service-worker';

/** The service worker's address as the page's `require-trusted-types-for` accepts it, and no other. */
export function trustedWorkerUrl(url: string): TrustedScriptURL | string {
  const { trustedTypes } = window as { trustedTypes?: TrustedTypePolicyFactory };
  const policy = trustedTypes?.createPolicy(SERVICE_WORKER_POLICY, {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError(`Not the page's service worker: ${input}`);
      return input;
    },
  });
  // Browsers without Trusted Types take the plain address.
  return policy?.createScriptURL(url) ?? url;
}
