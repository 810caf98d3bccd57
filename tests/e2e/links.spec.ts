import { onDemandZhCN } from '../../src/content/onDemand.zh-CN.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { CHECKBOX_COUNT, item } from '../support/guide.ts';
import { LINK_FORMS } from '../support/linkForms.ts';
import { expect, test } from './fixtures.ts';
import { checkbox, doneCount, openChecklist, tick } from './helpers.ts';

const { stepLink } = onDemandZhCN;

test('a link to a step focuses that step and scrolls to it, ticking nothing', async ({ page }) => {
  await openChecklist(page, './#wait-for-review');
  const target = checkbox(page, item('wait-for-review'));

  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page.getByRole('checkbox')).toHaveCount(CHECKBOX_COUNT);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(doneCount(page, 0)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.evaluate(() => {
    window.location.hash = 'keep-records';
  });
  const next = checkbox(page, item('keep-records'));
  await expect(next).toBeFocused();
  await expect(next).toBeInViewport();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('a link to a step says in one line that it was shared, which goes when dismissed, and the page’s own next-step link says nothing', async ({
  page,
}) => {
  await openChecklist(page, './#wait-for-review');
  const waiting = item('wait-for-review');
  const line = page.getByRole('status').filter({ hasText: stepLink.shared(waiting.title) });
  await expect(line).toBeVisible();
  // The page takes the person to the step; the line does not take focus from it.
  await expect(checkbox(page, waiting)).toBeFocused();
  await line.getByRole('button', { name: strings.dismiss }).click();
  await expect(line).toHaveCount(0);
  await expect(checkbox(page, waiting)).toBeFocused();

  const first = item('move-accounts-first');
  await page.getByRole('link', { name: first.title }).click();
  await expect(checkbox(page, first)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: stepLink.shared(first.title) })).toHaveCount(0);
});

test('the line a step link brings goes once the person ticks something', async ({ page }) => {
  const records = item('keep-records');
  await openChecklist(page, './#keep-records');
  const line = page.getByRole('status').filter({ hasText: stepLink.shared(records.title) });
  await expect(line).toBeVisible();
  await tick(page, records);
  await expect(line).toHaveCount(0);
});

test('a link to a step opens that step in every form chat apps make of it, and its address is cleaned to it', async ({
  page,
  baseURL,
}) => {
  const sent = new URL('./#wait-for-review', baseURL).href;
  for (const form of LINK_FORMS) {
    await test.step(form.name, async () => {
      // Opened afresh, as from a message.
      await page.goto('about:blank');
      await openChecklist(page, form.change(sent));
      await expect(checkbox(page, item('wait-for-review'))).toBeFocused();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#wait-for-review');
      await expect(page.locator(':target')).toHaveAttribute('id', 'wait-for-review');
      await page.reload();
      await expect(checkbox(page, item('wait-for-review'))).toBeFocused();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

const BAD_FRAGMENTS = ['#no-such-step', '#%E0%A4%A', '#<img src=x onerror=alert(1)>', '#__proto__', '#toString'];

for (const fragment of BAD_FRAGMENTS) {
  test(`an unknown or hostile link (${fragment}) shows a notice; the list still works`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openChecklist(page, `./${fragment}`);

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(strings.link.notFound);
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

    const step = checkbox(page, item('settle-bills'));
    await step.check();
    await expect(step).toBeChecked();
    await expect(doneCount(page, 1)).toBeVisible();

    await alert.getByRole('button', { name: strings.dismiss }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}
