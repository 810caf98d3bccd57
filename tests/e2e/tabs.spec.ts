import { LANGUAGE_NAMES } from '../../src/content/lang.ts';
import { stringsEn } from '../../src/content/strings.en.ts';
import { stringsZhCN as strings } from '../../src/content/strings.zh-CN.ts';
import { item } from '../support/guide.ts';
import { expect, test } from './fixtures.ts';
import {
  checkbox,
  doneCount,
  expectTicked,
  idsOf,
  openChecklist,
  openProgressActions,
  storedDoneIds,
  tick,
  untick,
} from './helpers.ts';

// Two pages of one browser context share localStorage, like two tabs of one browser.

test('ticks, unticks and a reset in one tab show in the other without a reload', async ({
  page: a,
  context,
  pageGuard,
}) => {
  const b = await context.newPage();
  await openChecklist(a);
  await openChecklist(b);
  const contactCarrier = item('contact-carrier');

  await tick(a, contactCarrier);
  await expect(checkbox(b, contactCarrier)).toBeChecked();
  await expect(doneCount(b, 1)).toBeVisible();
  await expectTicked(b, [contactCarrier]);

  await untick(b, contactCarrier);
  await expect(checkbox(a, contactCarrier)).not.toBeChecked();
  await expectTicked(a, []);

  await tick(a, item('back-up-data'));
  await tick(a, item('watch-number'));
  await expectTicked(b, [item('back-up-data'), item('watch-number')]);
  await openProgressActions(a);
  await a.getByRole('button', { name: strings.reset.button }).click();
  const dialog = a.getByRole('dialog', { name: strings.reset.title });
  await dialog.getByRole('button', { name: strings.reset.confirm }).click();
  await expect(dialog).toBeHidden();
  await expectTicked(a, []);
  await expectTicked(b, []);
  await openProgressActions(b);
  await expect(b.getByRole('button', { name: strings.reset.button })).toBeDisabled();

  // Neither page was reloaded: one document request each.
  const documents = pageGuard.requests.filter((request) => request.resourceType === 'document');
  expect(documents).toHaveLength(2);
});

test('never overwrite newer changes: ticks made in turn in two tabs all survive', async ({ page: a, context }) => {
  const b = await context.newPage();
  await openChecklist(a);
  await openChecklist(b);
  const [x, y, z] = [item('settle-bills'), item('contact-carrier'), item('keep-records')];

  await tick(a, x);
  for (const page of [a, b]) await expectTicked(page, [x]);
  await tick(b, y);
  for (const page of [a, b]) await expectTicked(page, [x, y]);
  await tick(a, z);
  for (const page of [a, b]) await expectTicked(page, [x, y, z]);

  expect(await storedDoneIds(a)).toEqual(idsOf([x, y, z]));
  expect(await storedDoneIds(b)).toEqual(idsOf([x, y, z]));
});

test('a tab that missed the other tab’s changes still does not overwrite them', async ({ page: a, context }) => {
  // Tab A never hears of B's changes (as if its storage events were lost or late); it must still
  // find them in storage before it saves.
  await a.addInitScript(() => {
    window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true);
  });
  const b = await context.newPage();
  await openChecklist(a);
  await openChecklist(b);
  const [w, x, y, z] = [item('choose-channel'), item('settle-bills'), item('contact-carrier'), item('keep-records')];

  await tick(a, x);
  await expectTicked(b, [x]);
  await tick(b, y);
  expect(await storedDoneIds(b)).toEqual(idsOf([x, y]));

  await tick(a, z);
  await expectTicked(a, [x, y, z]);
  await expectTicked(b, [x, y, z]);
  expect(await storedDoneIds(a)).toEqual(idsOf([x, y, z]));

  // An untick made in B is not undone by A's next tick either.
  await untick(b, x);
  expect(await storedDoneIds(b)).toEqual(idsOf([y, z]));
  await tick(a, w);
  await expectTicked(a, [w, y, z]);
  await expectTicked(b, [w, y, z]);
  expect(await storedDoneIds(a)).toEqual(idsOf([w, y, z]));
});

test('a choice made in one tab is not undone by another tab saving its own', async ({ page: a, context }) => {
  const b = await context.newPage();
  await openChecklist(a);
  await openChecklist(b);

  await b.getByRole('button', { name: LANGUAGE_NAMES.en }).click();
  await expect(b.getByRole('button', { name: LANGUAGE_NAMES['zh-CN'] })).toBeVisible();
  // Tab A, still in Chinese, saves a preference of its own: it must keep B's language choice.
  await a.getByRole('button', { name: strings.details.hide }).click();
  await expect(b.getByRole('button', { name: stringsEn.details.show })).toBeVisible();

  const c = await context.newPage();
  await c.goto('./');
  await expect(c).toHaveURL('en/');
  await expect(c.getByRole('button', { name: stringsEn.details.show })).toBeEnabled();
});
