import { describe, expect, test } from 'vitest';
import { item } from '../support/guide.ts';
import { checkbox, CHINESE, openChecklist, tickedBoxes, waitUntilReady, workingOffline } from './checklist.ts';
import { ENGINES } from './engines.ts';
import { acceptErrors } from './probe.ts';
import { withSession } from './session.ts';
import { htmlSinkRefusesString } from '../support/trustedTypes.ts';

for (const engine of ENGINES) {
  describe(`[${engine.name}] Trusted Types`, () => {
    test('the page starts, registers its service worker and reloads with no violation, and a string reaching a sink is refused', () =>
      withSession(engine, async ({ page, server }) => {
        // Any violation on the way fails the journey (session.ts).
        await openChecklist(page, server);
        await page.click(checkbox(item('settle-bills')));
        await expect
          .poll(() => workingOffline(page), { message: `[${engine.name}] a service worker is active` })
          .toBe(true);
        await page.reload();
        await waitUntilReady(page, CHINESE);
        expect(await tickedBoxes(page)).toHaveLength(1);

        // All three engines enforce Trusted Types.
        const refused = await page.evaluate(htmlSinkRefusesString);
        expect(refused, `[${engine.name}] a string was refused by innerHTML`).toBe(true);
        // Reported by both the header's policy and the meta tag's.
        expect(await acceptErrors(page, /^CSP violation: require-trusted-types-for /)).toBeGreaterThan(0);
      }));
  });
}
