// Every control answers from the first paint: a tap on a button before the app has started turns
// it, and the app carries the tap out once it has (src/early/holdTaps.ts).
import type { Page } from '@playwright/test';
import { LANGUAGE_NAMES } from '../../src/content/lang.ts';
import { onDemandZhCN as onDemand } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { step } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { expectReady, holdTheApp, noteButton, stepMore } from './helpers.ts';

const STEP = step('back-up-data');

const cases: {
  tap: string;
  button: (page: Page) => ReturnType<Page['getByRole']>;
  done: (page: Page) => Promise<void>;
}[] = [
  {
    tap: '发送进度',
    button: (page) => page.getByRole('button', { name: strings.progressLink.send, exact: true }),
    done: (page) => expect(page.getByRole('dialog', { name: onDemand.progressLink.sendTitle })).toBeVisible(),
  },
  {
    tap: 'a step’s 更多',
    button: (page) => stepMore(page, STEP),
    done: (page) => expect(noteButton(page, STEP)).toBeVisible(),
  },
  {
    tap: '隐藏全部说明',
    button: (page) => page.getByRole('button', { name: strings.details.hide }),
    done: (page) => expect(page.getByText(STEP.detail)).toBeHidden(),
  },
  {
    tap: 'English',
    button: (page) => page.getByRole('button', { name: LANGUAGE_NAMES.en }),
    done: (page) => expect(page.locator('html')).toHaveAttribute('lang', 'en'),
  },
];

for (const { tap, button, done } of cases) {
  test(`a tap on ${tap} before the app has started turns it, and is carried out once the app has`, async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto('./');
    await expectReady(page);
    await button(page).click();
    await expect(button(page)).toHaveAttribute('aria-busy', 'true');

    release();
    await done(page);
  });
}

test('of two taps before the app has started, the later one is carried out', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./');
  await expectReady(page);
  await stepMore(page, STEP).click();
  const send = page.getByRole('button', { name: strings.progressLink.send, exact: true });
  await send.click();
  await expect(stepMore(page, STEP)).not.toHaveAttribute('aria-busy');

  release();
  await expect(page.getByRole('dialog', { name: onDemand.progressLink.sendTitle })).toBeVisible();
  await expect(send).not.toHaveAttribute('aria-busy');
  await expect(stepMore(page, STEP)).toHaveAttribute('aria-expanded', 'false');
});
