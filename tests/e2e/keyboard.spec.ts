import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import { doneCount, openChecklist } from './helpers.ts';

test('Tab reaches the first step, Space ticks it, and focus is visible', async ({ page }) => {
  await openChecklist(page);
  const first = page.getByRole('checkbox').first();
  await expect(first).toHaveAccessibleName(item('move-accounts-first').title);

  // Tab from the top of the page until a checkbox has focus: it must be the first one.
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab');
    const onCheckbox = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused instanceof HTMLInputElement && focused.type === 'checkbox';
    });
    if (onCheckbox) break;
  }
  await expect(first).toBeFocused();

  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(first).toBeFocused();
  await expect(doneCount(page, 1)).toBeVisible();

  const indicator = await first.evaluate((element) => {
    const style = getComputedStyle(element);
    const { boxShadow, outlineStyle, outlineWidth } = style;
    return { boxShadow, outlineStyle, outlineWidth };
  });
  const hasOutline = indicator.outlineStyle !== 'none' && indicator.outlineWidth !== '0px';
  expect(indicator.boxShadow !== 'none' || hasOutline, JSON.stringify(indicator)).toBe(true);
});
