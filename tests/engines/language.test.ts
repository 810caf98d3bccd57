import { describe, expect, test } from 'vitest';
import { LANGUAGE_NAMES, type Lang } from '../../src/content/lang.ts';
import { PAGE_PATHS } from '../../src/locale/pages.ts';
import { item } from '../support/guide.ts';
import { checkbox, openChecklist, pageIn, pageShown, storedDoneIds, tickedBoxes, waitUntilReady } from './checklist.ts';
import { ENGINES } from './engines.ts';
import { withSession } from './session.ts';

/** Ticked in Chinese, then in English. */
const TICKED_IN_CHINESE = 'settle-bills';
const TICKED_IN_ENGLISH = 'wait-for-review';

for (const engine of ENGINES) {
  describe(`[${engine.name}] language`, () => {
    test('switching to English moves the page to /en/, which a reload keeps; the ticks carry over, and back', () =>
      withSession(engine, async ({ page, server }) => {
        const expectShownIn = async (lang: Lang, when: string) => {
          await expect
            .poll(() => pageShown(page), { message: `[${engine.name}] the page ${when}` })
            .toEqual(pageIn(lang, server.url(PAGE_PATHS[lang])));
        };
        const expectTicked = async (lang: Lang, ids: readonly string[], when: string) => {
          for (const id of ids) {
            expect((await page.read(checkbox(item(id, lang)))).checked, `[${engine.name}] ${id} ${when}`).toBe(true);
          }
          expect(await tickedBoxes(page), `[${engine.name}] the boxes ticked ${when}`).toHaveLength(ids.length);
        };

        await openChecklist(page, server);
        await page.click(checkbox(item(TICKED_IN_CHINESE)));
        await page.click({ role: 'button', name: LANGUAGE_NAMES.en });
        await expectShownIn('en', 'in English');
        await expectTicked('en', [TICKED_IN_CHINESE], 'in English');

        await page.reload();
        await waitUntilReady(page, PAGE_PATHS.en);
        await expectShownIn('en', 'in English, reloaded');
        await expectTicked('en', [TICKED_IN_CHINESE], 'in English, reloaded');
        await page.click(checkbox(item(TICKED_IN_ENGLISH, 'en')));
        await expect
          .poll(() => storedDoneIds(page), { message: `[${engine.name}] the ticks stored` })
          .toEqual([TICKED_IN_CHINESE, TICKED_IN_ENGLISH].sort());

        await page.click({ role: 'button', name: LANGUAGE_NAMES['zh-CN'] });
        await expectShownIn('zh-CN', 'back in Chinese');
        await expectTicked('zh-CN', [TICKED_IN_CHINESE, TICKED_IN_ENGLISH], 'back in Chinese');
        await page.reload();
        await waitUntilReady(page, PAGE_PATHS['zh-CN']);
        await expectShownIn('zh-CN', 'in Chinese, reloaded');
        await expectTicked('zh-CN', [TICKED_IN_CHINESE, TICKED_IN_ENGLISH], 'in Chinese, reloaded');
      }));
  });
}
