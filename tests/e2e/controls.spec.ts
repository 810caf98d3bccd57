import type { Page } from '@playwright/test';
import { stepsOf } from '../../src/content/guide.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import type { Lang } from '../../src/content/lang.ts';
import { CURRENT_VERSION } from '../../src/progress/stored.ts';
import { STEP_COUNT, guideIn, item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, openChecklist, openWithStoredText, progressMore, stepMore } from './helpers.ts';

const STORED = JSON.stringify({
  state: {
    done: { 'back-up-data': '2026-11-20T08:00:00.000Z', 'settle-bills': '2026-11-21T08:00:00.000Z' },
    notes: { 'move-accounts-first': '微信已改绑，银行卡还没' },
  },
  version: CURRENT_VERSION,
});

/** The first step's box and title, as a person sees them on `lang`'s page. */
async function expectFirstStepInView(page: Page, lang: Lang) {
  const first = guideIn(lang).sections[0]?.items[0];
  if (!first) throw new Error('the guide has no first step');
  const box = page.getByRole('checkbox', { name: first.title, exact: true });
  await expect(box).toBeInViewport({ ratio: 1 });
  const title = page.getByRole('listitem').filter({ has: box }).getByText(first.title, { exact: true });
  await expect(title).toBeInViewport({ ratio: 1 });
}

test.describe('at 360 × 760, the first screen', () => {
  test.use({ viewport: { width: 360, height: 760 } });

  for (const { path, lang } of [
    { path: './', lang: 'zh-CN' },
    { path: './en/', lang: 'en' },
  ] as const) {
    test(`shows the first step’s box and title on ${path}, with nothing stored and with progress stored`, async ({
      page,
    }) => {
      await openChecklist(page, path);
      await expectFirstStepInView(page, lang);
      await openWithStoredText(page, STORED, path);
      await expect(page.getByText('微信已改绑，银行卡还没')).toBeVisible();
      await expectFirstStepInView(page, lang);
    });
  }
});

test('moving progress is in one place: 发送进度, and the rest one tap away behind the 更多 beside it', async ({
  page,
}) => {
  await openChecklist(page);
  const behind = [strings.copyProgress.button, strings.transfer.export, strings.transfer.import, strings.reset.button];
  for (const name of behind) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);

  // By keyboard: the 更多 comes right after 发送进度, and one key opens it.
  await page.getByRole('button', { name: strings.progressLink.send }).focus();
  await page.keyboard.press('Tab');
  const more = progressMore(page);
  await expect(more).toBeFocused();
  await expect(more).toHaveAccessibleName(new RegExp(`^${strings.more.button}`));
  await expect(async () => {
    if ((await more.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true', { timeout: 500 });
  }).toPass();
  for (const name of behind) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: strings.copyProgress.button })).toBeFocused();

  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  for (const name of behind) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
});

test('a step shows its box, title and text; its own actions only once its 更多 is opened', async ({ page }) => {
  await openChecklist(page);
  for (const name of [strings.note.button, strings.share.button, strings.reminder.button]) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  }
  // One per step, and the progress one.
  await expect(page.getByRole('button', { name: new RegExp(`^${strings.more.button}`) })).toHaveCount(STEP_COUNT + 1);
  for (const entry of stepsOf(guideIn('zh-CN')))
    await expect(stepMore(page, entry)).toHaveAttribute('aria-expanded', 'false');

  const submitRequest = item('submit-request');
  const more = stepMore(page, submitRequest);
  await expect(async () => {
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true', { timeout: 500 });
  }).toPass();
  const own = page.getByRole('listitem').filter({ has: checkbox(page, submitRequest) });
  await expect(own.getByRole('button')).toHaveText([
    strings.more.button,
    strings.note.button,
    strings.share.button,
    strings.reminder.button,
  ]);
  for (const name of [strings.note.buttonLabel, strings.share.buttonLabel, strings.reminder.buttonLabel]) {
    await expect(page.getByRole('button', { name: name(submitRequest.title) })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: new RegExp(`^${strings.note.button}`) })).toHaveCount(1);
});
