import type { Plugin } from 'vite';
import { isClient } from './clientEnvironment.ts';
import { replaceInPage } from './replaceInPage.ts';

/**
 * The entry script only waits for the first paint and then starts the app (src/main.tsx), so it
 * must not compete with the page and its stylesheet: fetch it at low priority.
 */
export function lowPriorityEntry(): Plugin {
  return {
    name: 'low-priority-entry',
    apply: 'build',
    applyToEnvironment: isClient,
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        replaceInPage(
          'low-priority-entry',
          html,
          /<script type="module" crossorigin src=/,
          '<script type="module" crossorigin fetchpriority="low" src=',
        ),
    },
  };
}
