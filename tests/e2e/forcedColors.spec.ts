import { PNG } from 'pngjs';
import { tickableIds } from '../../src/content/guide.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { CURRENT_VERSION } from '../../src/progress/stored.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { openChecklist, openStepActions, openWithStoredText, shareButton } from './helpers.ts';

// Windows' high contrast themes replace every colour with a few of the system's own.
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
});

test('in forced colours, the link icon of 分享这一步 stays visible', async ({ page }) => {
  await openChecklist(page);
  await openStepActions(page, item('back-up-data'));
  const [icon, behind] = await shareButton(page, item('back-up-data')).evaluate((button) => [
    getComputedStyle(button, '::before').backgroundColor,
    getComputedStyle(button).backgroundColor,
  ]);
  expect(icon).not.toBe(behind);
});

test('in forced colours, the progress bar’s fill stays visible', async ({ page }) => {
  const ids = [...tickableIds];
  const half = ids.slice(0, Math.ceil(ids.length / 2));
  const done = Object.fromEntries(half.map((id) => [id, null]));
  await openWithStoredText(page, JSON.stringify({ state: { done }, version: CURRENT_VERSION }));
  const bar = page.getByRole('progressbar', { name: strings.progressLabel });
  await expect(bar).not.toHaveAttribute('value', '0');

  // The middle of the bar's first fifth (done) and of its last (not yet).
  const image = PNG.sync.read(await bar.screenshot());
  const pixel = (x: number) => {
    const at = (Math.floor(image.height / 2) * image.width + Math.floor(x)) * 4;
    return [...image.data.subarray(at, at + 3)];
  };
  expect(pixel(image.width * 0.1)).not.toEqual(pixel(image.width * 0.9));
});

test('in forced colours, the focus ring shows', async ({ page }) => {
  await openChecklist(page);
  await openStepActions(page, item('back-up-data'));
  const share = shareButton(page, item('back-up-data'));
  await share.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(share).toBeFocused();
  const { outlineStyle, outlineWidth } = await share.evaluate((button) => getComputedStyle(button));
  expect(outlineStyle).not.toBe('none');
  expect(Number.parseFloat(outlineWidth)).toBeGreaterThan(0);
});
