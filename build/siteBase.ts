import type { Plugin } from 'vite';

/**
 * Stops a build whose base is not a path on the site's own origin (`/` or e.g. `/tm/`), naming
 * what to use instead. A relative base (`./`) cannot serve both pages: the English page is a
 * folder below the Chinese one, while the redirect, the manifest and the service worker need the
 * site's absolute path. A base on another origin would be blocked by the page's own CSP.
 */
export function siteBase(): Plugin {
  return {
    name: 'site-base',
    configResolved({ base }) {
      // `//host/` starts with a slash too, but is another origin.
      if (!/^\/(?!\/)/.test(base)) {
        throw new Error(
          `site-base: the base must be the site's path on its own origin, such as / or /tm/, not ${JSON.stringify(base)}`,
        );
      }
    },
  };
}
